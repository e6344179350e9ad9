#pragma once

#include "core/result.h"

#include <QString>

namespace slipway {

// Switches the REST server on and off for the Settings dialog; the app implements it, so views never
// know the server itself.
class RestControl {
public:
    virtual ~RestControl() = default;
    // Starts serving on "ADDR:PORT"; the address actually served (a port of 0 picks a free one).
    virtual Result<QString> start(const QString &address) = 0;
    virtual void stop() = 0;
    virtual QString servedAddress() const = 0; // empty while off
    virtual QString configuredAddress() const = 0;
};

} // namespace slipway
