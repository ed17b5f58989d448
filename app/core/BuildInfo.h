#pragma once

#include <QList>
#include <QString>

namespace gpudesk {

// What GPU Desk is built from, for Help → About and `gpudesk-cli about`: the libraries it uses
// with the version actually loaded where the library can tell (else the one built against), their
// licences, and the licences of the data it ships.
struct LibraryInfo
{
    QString name;
    QString version;
    QString license; // SPDX expression
    QString url;
    QString usedFor;
};

namespace BuildInfo {

QString version();
QString productLicense(); // SPDX
QList<LibraryInfo> libraries();
QList<LibraryInfo> bundledData();

} // namespace BuildInfo

} // namespace gpudesk
