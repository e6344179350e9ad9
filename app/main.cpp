#include "cli/commandline.h"
#include "gui.h"
#include "headless.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (slipway::cli::isCommand(arguments) || arguments.contains(QStringLiteral("--headless"))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        if (arguments.contains(QStringLiteral("--headless")))
            return slipway::runHeadless(app);
        return slipway::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setStyle(QStringLiteral("Fusion"));
    // German and French follow the system locale, unless Settings chose a language.
    slipway::installTranslations(app, QSettings().value(QStringLiteral("language")).toString());
    return slipway::runGui(app);
}
