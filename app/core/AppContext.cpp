#include "AppContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTranslator>

namespace gpudesk {

Result<QString> AppContext::resolveDataDir(const QString &commandLineValue)
{
    QString dir = commandLineValue;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("GPUDESK_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("AppContext",
                             "No data directory could be determined. Start GPU Desk with --data-dir DIR."));
    dir = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("AppContext",
                             "Cannot create the data directory %1. Check its permissions or choose another "
                             "with --data-dir.").arg(QDir::toNativeSeparators(dir)));
    QTemporaryFile probe(dir + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open())
        return makeError(Error::Kind::Io,
                         QCoreApplication::translate("AppContext",
                             "The data directory %1 is not writable. Check its permissions or choose another "
                             "with --data-dir.").arg(QDir::toNativeSeparators(dir)));
    return dir;
}

QStringList AppContext::shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString AppContext::installTranslations(QCoreApplication &app, const QString &language)
{
    QStringList candidates;
    if (!language.isEmpty())
        candidates << language;
    else
        candidates = QLocale::system().uiLanguages();

    QString chosen = QStringLiteral("en");
    for (QString c : std::as_const(candidates)) {
        c.replace(u'-', u'_');
        if (c.startsWith(QStringLiteral("zh"))) {
            // Simplified Chinese for zh, zh_CN, zh_Hans*, zh_SG; English otherwise.
            if (!c.contains(QStringLiteral("Hant")) && !c.contains(QStringLiteral("TW"))
                && !c.contains(QStringLiteral("HK"))) {
                chosen = QStringLiteral("zh_CN");
                break;
            }
        }
        if (c.startsWith(QStringLiteral("en")))
            break;
    }

    // A second call switches language (the first-run assistant): the previous catalogues go first.
    for (QTranslator *previous : app.findChildren<QTranslator *>(QStringLiteral("gpudesk-translator"),
                                                                Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        previous->deleteLater();
    }
    // English is loaded too: its catalogue carries the plural forms ("1 day", "2 days").
    auto *ours = new QTranslator(&app);
    ours->setObjectName(QStringLiteral("gpudesk-translator"));
    if (ours->load(QStringLiteral(":/i18n/gpudesk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    if (chosen == QStringLiteral("en")) {
        QLocale::setDefault(QLocale::system()); // as before any switch to another language
        return chosen;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("gpudesk-translator"));
    if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen));
    return chosen;
}

} // namespace gpudesk
