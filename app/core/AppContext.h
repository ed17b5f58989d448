#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace gpudesk {

// Start-up decisions shared by gpudesk and gpudesk-cli: where data lives, which language.
class AppContext
{
public:
    // --data-dir DIR, else $GPUDESK_DATA_DIR, else the platform's AppData location.
    // Creates the directory; an unwritable one is an error the user can act on.
    static Result<QString> resolveDataDir(const QString &commandLineValue);

    // Loads the embedded translation for `language` ("zh_CN", "en"), or the first of the
    // system's UI languages we ship when empty. Returns the language actually used.
    static QString installTranslations(QCoreApplication &app, const QString &language);

    static QStringList shippedLanguages();

    static QString databaseFileName() { return QStringLiteral("gpudesk.sqlite"); }
};

} // namespace gpudesk
