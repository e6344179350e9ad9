#include "cli/commandline.h"
#include "gui.h"
#include "headless.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
}

// German (and any later language) follows the system locale, unless Settings chose a language.
void installTranslations(QCoreApplication &app) {
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("slipway"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
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
    installTranslations(app);
    return slipway::runGui(app);
}
