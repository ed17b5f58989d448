#include "core/BuildInfo.h"

#include <QCoreApplication>

#include <libssh/libssh.h>
#include <sqlite3.h>

namespace gpudesk::BuildInfo {

QString version()
{
    return QStringLiteral(GPUDESK_VERSION);
}

QString productLicense()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QList<LibraryInfo> libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
         QStringLiteral("https://www.qt.io/"), QCoreApplication::translate("BuildInfo", "windows, networking, database access, charts")},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0)).section(QLatin1Char('/'), 0, 0),
         QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("https://www.libssh.org/"),
         QCoreApplication::translate("BuildInfo", "SSH terminals, commands and port forwarding; the Sandbox's SSH servers")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
         QStringLiteral("https://sqlite.org/"), QCoreApplication::translate("BuildInfo", "the local database (public domain)")},
        {QStringLiteral("libvterm"), QStringLiteral(GPUDESK_VTERM_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://www.leonerd.org.uk/code/libvterm/"), QCoreApplication::translate("BuildInfo", "terminal emulation")},
        {QStringLiteral("QtKeychain"), QStringLiteral(GPUDESK_QTKEYCHAIN_VERSION), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain"), QCoreApplication::translate("BuildInfo", "API keys in the system keychain")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(GPUDESK_YAMLCPP_VERSION), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/jbeder/yaml-cpp"), QCoreApplication::translate("BuildInfo", "job files in YAML")},
    };
}

QList<LibraryInfo> bundledData()
{
    return {
        {QCoreApplication::translate("BuildInfo", "GPU specification table"), QString(), QStringLiteral("CC-BY-SA-4.0"), QString(),
         QCoreApplication::translate("BuildInfo", "figures derived from public spec tables; sources and dates in SOURCES.md")},
        {QCoreApplication::translate("BuildInfo", "Price snapshot"), QString(), QCoreApplication::translate("BuildInfo", "facts (list prices)"), QString(),
         QCoreApplication::translate("BuildInfo", "dated public list prices with their source per row; see SOURCES.md")},
    };
}

} // namespace gpudesk::BuildInfo
