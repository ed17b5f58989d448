#pragma once

#include <QSettings>
#include <QString>

namespace gpudesk {

// Preferences of one data folder (settings.ini beside the database): interface language, whether
// the first-run assistant was completed, theme, the SSH key GPU Desk gives the machines it
// launches. Never secrets: API keys and passphrases live in the system keychain.
class AppSettings
{
public:
    explicit AppSettings(const QString &dataDir);

    static QString fileName(const QString &dataDir);

    // "en", "zh_CN", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);

    bool firstRunCompleted() const;
    void setFirstRunCompleted(bool completed);

    // "system" (follow the desktop), "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    // The private key whose public half is installed on launched machines and which the terminal
    // and the sampler log in with. Empty: GPU Desk's own key (keys/gpudesk_ed25519).
    QString sshIdentityFile() const;
    void setSshIdentityFile(const QString &path);

    // Terminal font ("family,size" as QFont::toString writes it; empty: the built-in monospace choice)
    // and scrollback lines (TerminalScreen's default when unset).
    QString terminalFont() const;
    void setTerminalFont(const QString &font);
    int terminalScrollback() const;
    void setTerminalScrollback(int lines);

    // Terminals start inside tmux (a session per tab, re-attached after a reconnect) where the
    // machine has tmux. Off unless chosen.
    bool terminalTmux() const;
    void setTerminalTmux(bool on);

    // Seconds between two GPU utilization samples of a running job.
    int samplingIntervalSeconds() const;
    void setSamplingIntervalSeconds(int seconds);

    // The forgotten-instance warning: a job running longer than forgottenAfterHours(), with no
    // terminal open and under forgottenBelowPercent() % GPU utilization over the last hour.
    bool forgottenWarning() const;
    void setForgottenWarning(bool on);
    int forgottenAfterHours() const;
    void setForgottenAfterHours(int hours);
    int forgottenBelowPercent() const;
    void setForgottenBelowPercent(int percent);

    // Written to disk now (QSettings otherwise writes when it goes away).
    bool sync();

private:
    mutable QSettings m_settings;
};

} // namespace gpudesk
