#pragma once

// qcustomplot.h uses Qt's lower-case keywords (signals, slots, emit, foreach), which this project
// switches off (QT_NO_KEYWORDS, QT_NO_FOREACH); they are defined for this include only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
