#include "core/AppSettings.h"

#include <QDir>

namespace gpudesk {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kFirstRun = QStringLiteral("firstRun/completed");
const QString kSshIdentity = QStringLiteral("ssh/identityFile");

} // namespace

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(fileName(dataDir), QSettings::IniFormat)
{
}

QString AppSettings::fileName(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

QString AppSettings::language() const
{
    const QString value = m_settings.value(kLanguage).toString();
    return value == QLatin1String("en") || value == QLatin1String("zh_CN") ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

bool AppSettings::firstRunCompleted() const
{
    return m_settings.value(kFirstRun, false).toBool();
}

void AppSettings::setFirstRunCompleted(bool completed)
{
    m_settings.setValue(kFirstRun, completed);
}

QString AppSettings::theme() const
{
    const QString value = m_settings.value(kTheme).toString();
    return value == QLatin1String("light") || value == QLatin1String("dark") ? value : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings.setValue(kTheme, theme);
}

QString AppSettings::sshIdentityFile() const
{
    return m_settings.value(kSshIdentity).toString();
}

void AppSettings::setSshIdentityFile(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(kSshIdentity);
    else
        m_settings.setValue(kSshIdentity, path);
}

bool AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

} // namespace gpudesk
