#include "arguments.h"
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

// Help, the version, or a mistake in the command line: answered without running anything.
std::optional<int> answered(const slipway::Arguments &arguments) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    return slipway::answerWithoutRunning(arguments, out, err);
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList words;
    for (int i = 0; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    const slipway::RunMode mode = slipway::Arguments::modeOf(words);

    if (mode != slipway::RunMode::Window) {
        QCoreApplication app(argc, argv);
        describeApplication();
        const slipway::Arguments arguments = slipway::Arguments::parse(app.arguments(), mode);
        if (const std::optional<int> exitCode = answered(arguments))
            return *exitCode;
        return mode == slipway::RunMode::Headless ? slipway::runHeadless(app, arguments) : slipway::cli::run(arguments);
    }

    QApplication app(argc, argv); // takes the options of Qt itself (-platform, -style…) out of its arguments
    describeApplication();
    QApplication::setStyle(QStringLiteral("Fusion"));
    // German and French follow the system locale, unless Settings chose a language.
    slipway::installTranslations(app, QSettings().value(QStringLiteral("language")).toString());
    const slipway::Arguments arguments = slipway::Arguments::parse(app.arguments(), mode);
    if (const std::optional<int> exitCode = answered(arguments))
        return *exitCode;
    return slipway::runGui(app, arguments);
}
