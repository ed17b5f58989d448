#include "core/AppSettings.h"

#include <QDir>

#include <algorithm>

namespace gpudesk {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kFirstRun = QStringLiteral("firstRun/completed");
const QString kSshIdentity = QStringLiteral("ssh/identityFile");
const QString kTerminalFont = QStringLiteral("terminal/font");
const QString kTerminalScrollback = QStringLiteral("terminal/scrollback");
const QString kTerminalTmux = QStringLiteral("terminal/tmux");
const QString kSamplingInterval = QStringLiteral("metrics/samplingIntervalSeconds");
const QString kForgottenWarning = QStringLiteral("forgotten/warn");
const QString kForgottenHours = QStringLiteral("forgotten/afterHours");
const QString kForgottenPercent = QStringLiteral("forgotten/belowPercent");

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

QString AppSettings::terminalFont() const
{
    return m_settings.value(kTerminalFont).toString();
}

void AppSettings::setTerminalFont(const QString &font)
{
    m_settings.setValue(kTerminalFont, font);
}

int AppSettings::terminalScrollback() const
{
    return std::clamp(m_settings.value(kTerminalScrollback, 10'000).toInt(), 1'000, 1'000'000);
}

void AppSettings::setTerminalScrollback(int lines)
{
    m_settings.setValue(kTerminalScrollback, lines);
}

bool AppSettings::terminalTmux() const
{
    return m_settings.value(kTerminalTmux, false).toBool();
}

void AppSettings::setTerminalTmux(bool on)
{
    m_settings.setValue(kTerminalTmux, on);
}

int AppSettings::samplingIntervalSeconds() const
{
    return std::clamp(m_settings.value(kSamplingInterval, 10).toInt(), 2, 3600);
}

void AppSettings::setSamplingIntervalSeconds(int seconds)
{
    m_settings.setValue(kSamplingInterval, seconds);
}

bool AppSettings::forgottenWarning() const
{
    return m_settings.value(kForgottenWarning, true).toBool();
}

void AppSettings::setForgottenWarning(bool on)
{
    m_settings.setValue(kForgottenWarning, on);
}

int AppSettings::forgottenAfterHours() const
{
    return std::clamp(m_settings.value(kForgottenHours, 8).toInt(), 1, 168);
}

void AppSettings::setForgottenAfterHours(int hours)
{
    m_settings.setValue(kForgottenHours, hours);
}

int AppSettings::forgottenBelowPercent() const
{
    return std::clamp(m_settings.value(kForgottenPercent, 10).toInt(), 1, 100);
}

void AppSettings::setForgottenBelowPercent(int percent)
{
    m_settings.setValue(kForgottenPercent, percent);
}

bool AppSettings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

} // namespace gpudesk
