// Help → About lists the libraries GPU Desk really runs with, and the CLI prints the same list.
#include "core/BuildInfo.h"
#include "widgets/AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include <libssh/libssh.h>
#include <sqlite3.h>

using namespace gpudesk;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void librariesCarryTheirRunTimeVersionsAndLicences();
    void dialogShowsEveryLibrary();
};

void TestAbout::librariesCarryTheirRunTimeVersionsAndLicences()
{
    const QList<LibraryInfo> libs = BuildInfo::libraries();
    QStringList names;
    for (const LibraryInfo &l : libs) {
        names << l.name;
        QVERIFY2(!l.version.isEmpty() && l.version.at(0).isDigit(), qPrintable(l.name + QStringLiteral(": ") + l.version));
        QVERIFY2(!l.license.isEmpty(), qPrintable(l.name));
    }
    QCOMPARE(names, QStringList({QStringLiteral("Qt"), QStringLiteral("libssh"), QStringLiteral("SQLite"),
                                 QStringLiteral("libvterm"), QStringLiteral("QtKeychain"), QStringLiteral("yaml-cpp")}));
    // The versions the process loaded, not the headers' (libssh and SQLite report their own).
    QCOMPARE(libs.at(0).version, QString::fromLatin1(qVersion()));
    QVERIFY(QString::fromLatin1(ssh_version(0)).startsWith(libs.at(1).version));
    QCOMPARE(libs.at(2).version, QString::fromLatin1(sqlite3_libversion()));
    QCOMPARE(BuildInfo::productLicense(), QStringLiteral("GPL-3.0-or-later"));
}

void TestAbout::dialogShowsEveryLibrary()
{
    AboutDialog dialog(QStringLiteral("/tmp/gpudesk-data"));
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("librariesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(BuildInfo::libraries().size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        QCOMPARE(table->item(r, 0)->text(), BuildInfo::libraries().at(r).name);
        QCOMPARE(table->item(r, 2)->text(), BuildInfo::libraries().at(r).license);
    }
    bool versionShown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        versionShown = versionShown || label->text().contains(QStringLiteral("GPU Desk " GPUDESK_VERSION));
    QVERIFY(versionShown);
    QVERIFY(dialog.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/about.png")));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
