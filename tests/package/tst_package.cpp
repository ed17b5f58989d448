// The .deb end to end: build, inspect, unpack, validate, start from the menu entry, quit cleanly.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120'000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10'000)) {
        r.err = program + QStringLiteral(": ") + p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = program + QStringLiteral(" timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A user's environment with nothing of ours in it: a fresh HOME, no data dir override, no D-Bus.
QProcessEnvironment freshUserEnvironment(const QString &home, const QString &binDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("GPUDESK_")) || key.startsWith(QStringLiteral("XDG_")) ||
            key.startsWith(QStringLiteral("QT_")) || key == QStringLiteral("DBUS_SESSION_BUS_ADDRESS") ||
            key.endsWith(QStringLiteral("_API_KEY")))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"), binDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    return env;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheDebWithComputedDepends();
    void unpacksTheExpectedFiles();
    void desktopEntryAndMetainfoValidate();
    void installedAppStartsFromItsDesktopEntry();
    void installedCliListsOffersAsJson();

private:
    QString tool(const QString &name);

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

QString TestPackage::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QStringList needed = {QStringLiteral("dpkg-deb"), QStringLiteral("dpkg-shlibdeps"), QStringLiteral("desktop-file-validate"),
                                QStringLiteral("appstreamcli"), QStringLiteral("Xvfb"), QStringLiteral("xwininfo"),
                                QStringLiteral("import")};
    QStringList missing;
    for (const QString &name : needed) {
        if (tool(name).isEmpty())
            missing << name;
    }
    if (!missing.isEmpty()) {
        const QString message = QStringLiteral("missing tools (installer/bootstrap.sh deps installs them): ") +
                                missing.join(QStringLiteral(", "));
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message));
    }
}

void TestPackage::buildsTheDebWithComputedDepends()
{
    const QString outDir = m_work.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(GPUDESK_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), outDir, QStringLiteral("--config"),
                           QStringLiteral(GPUDESK_BINARY_DIR "/CPackConfig.cmake")},
                          480'000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    m_deb = QDir(outDir).filePath(QStringLiteral(GPUDESK_PACKAGE_FILE));
    QVERIFY2(QFile::exists(m_deb), qPrintable(QStringLiteral("no %1 in %2: %3").arg(m_deb, outDir, cpack.out)));

    const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Package"),
                                                        QStringLiteral("Version"), QStringLiteral("Architecture"),
                                                        QStringLiteral("Depends")});
    QCOMPARE(fields.exitCode, 0);
    QVERIFY2(fields.out.contains(QStringLiteral("Package: gpudesk\n")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QStringLiteral("Version: " GPUDESK_VERSION "\n")), qPrintable(fields.out));
    QVERIFY2(fields.out.contains(QStringLiteral("Architecture: amd64\n")), qPrintable(fields.out));
    // dpkg-shlibdeps found the libraries the binaries link, with versions; the plugins are added by hand.
    for (const char *dependency : {"libqt6widgets6 (>=", "libqt6network6 (>=", "libqt6sql6 (>=",
                                   "libssh-", "libvterm0 (>=", "libqt6keychain1 (>=", "libyaml-cpp0.7 (>=",
                                   "libsqlite3-0 (>=", "libc6 (>=", "libqt6sql6-sqlite", "libqt6svg6"}) {
        QVERIFY2(fields.out.contains(QLatin1String(dependency)),
                 qPrintable(QStringLiteral("Depends lacks %1:\n%2").arg(QLatin1String(dependency), fields.out)));
    }
}

void TestPackage::unpacksTheExpectedFiles()
{
    QVERIFY(!m_deb.isEmpty());
    m_root = m_work.filePath(QStringLiteral("root"));
    const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    const QDir root(m_root);
    for (const char *path : {"usr/bin/gpudesk", "usr/bin/gpudesk-cli", "usr/bin/gpudesk-sandboxd",
                             "usr/share/applications/gpudesk.desktop",
                             "usr/share/metainfo/io.github.gpudesk.GpuDesk.metainfo.xml",
                             "usr/share/icons/hicolor/scalable/apps/gpudesk.svg", "usr/share/doc/gpudesk/LICENSE"}) {
        QVERIFY2(QFile::exists(root.filePath(QLatin1String(path))), path);
    }
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("usr/bin/gpudesk"))).isExecutable());
    // Every PNG size of the icon theme, each really that size and not blank.
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString png = root.filePath(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/gpudesk.png").arg(size));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.pixelColor(size / 2, size / 2).alpha() == 255); // the icon's body, not a hole
        QVERIFY(image.pixelColor(0, 0).alpha() < 255);                // rounded corners stay transparent
    }
    // The app is the product; the build's tests and benchmarks are not packaged.
    QVERIFY(root.entryList({QStringLiteral("tst_*")}, QDir::Files).isEmpty());
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("usr/bin/gpudesk-render-icon"))));
}

void TestPackage::desktopEntryAndMetainfoValidate()
{
    QVERIFY(!m_root.isEmpty());
    const QDir root(m_root);
    const Run desktop = run(QStringLiteral("desktop-file-validate"),
                            {root.filePath(QStringLiteral("usr/share/applications/gpudesk.desktop"))});
    QVERIFY2(desktop.exitCode == 0 && desktop.out.trimmed().isEmpty(), qPrintable(desktop.out + desktop.err));
    const Run metainfo = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"),
                              root.filePath(QStringLiteral("usr/share/metainfo/io.github.gpudesk.GpuDesk.metainfo.xml"))});
    QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.out + metainfo.err));
    QVERIFY2(!metainfo.out.contains(QStringLiteral("error")) && !metainfo.out.contains(QStringLiteral("warning")),
             qPrintable(metainfo.out));
}

void TestPackage::installedAppStartsFromItsDesktopEntry()
{
    QVERIFY(!m_root.isEmpty());
    const QDir root(m_root);
    QFile entry(root.filePath(QStringLiteral("usr/share/applications/gpudesk.desktop")));
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    const QRegularExpressionMatch exec = QRegularExpression(QStringLiteral("^Exec=(.+)$"),
                                                            QRegularExpression::MultilineOption).match(text);
    QVERIFY(exec.hasMatch());
    // The launcher drops field codes (%U, %f, …); the command is then looked up on PATH, which
    // for this scratch root starts with its usr/bin.
    QString command = exec.captured(1);
    command.remove(QRegularExpression(QStringLiteral("\\s%[a-zA-Z]")));

    // A real X server on a display of its own choosing.
    QProcess xvfb;
    xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    xvfb.start(tool(QStringLiteral("Xvfb")), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                               QStringLiteral("0"), QStringLiteral("1440x900x24"), QStringLiteral("-nolisten"),
                                               QStringLiteral("tcp")});
    QVERIFY(xvfb.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), 20'000);
    const QString display = QLatin1Char(':') + QString::fromLatin1(xvfb.readLine()).trimmed();
    auto stopXvfb = qScopeGuard([&] {
        xvfb.terminate();
        xvfb.waitForFinished(5'000);
    });

    const QString home = m_work.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment env = freshUserEnvironment(home, root.filePath(QStringLiteral("usr/bin")));
    env.insert(QStringLiteral("DISPLAY"), display);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.setWorkingDirectory(home);
    app.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec ") + command});
    QVERIFY(app.waitForStarted());
    auto stopApp = qScopeGuard([&] {
        if (app.state() != QProcess::NotRunning) {
            app.kill();
            app.waitForFinished();
        }
    });

    // The main window is mapped on the X server.
    QProcessEnvironment xenv = QProcessEnvironment::systemEnvironment();
    xenv.insert(QStringLiteral("DISPLAY"), display);
    bool mapped = false;
    Run tree;
    for (int i = 0; i < 120 && !mapped && app.state() == QProcess::Running; ++i) {
        tree = run(tool(QStringLiteral("xwininfo")), {QStringLiteral("-root"), QStringLiteral("-tree")}, 10'000, xenv);
        // The main window ("GPU Desk") or, on a first start, the assistant ("Welcome — GPU Desk").
        mapped = tree.out.contains(QStringLiteral("GPU Desk\":"));
        if (!mapped)
            QTest::qWait(500);
    }
    QVERIFY2(mapped, qPrintable(QStringLiteral("no GPU Desk window; the app said:\n") + QString::fromUtf8(app.readAll())));
    // A fresh HOME is a first start: the first-run assistant greets the user.
    QVERIFY2(tree.out.contains(QStringLiteral("\"Welcome — GPU Desk\"")), qPrintable(tree.out));
    QTest::qWait(1'500); // let it paint its first frames

    const QString shot = QStringLiteral(GPUDESK_TEST_OUT "/package-launch.png");
    QFile::remove(shot);
    const Run import = run(tool(QStringLiteral("import")), {QStringLiteral("-window"), QStringLiteral("root"), shot}, 30'000, xenv);
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    // Not a black screen: the window's pixels differ from the X root's corner.
    int differing = 0;
    const QColor background = image.pixelColor(image.width() - 1, image.height() - 1);
    for (int y = 0; y < image.height(); y += 16) {
        for (int x = 0; x < image.width(); x += 16)
            differing += image.pixelColor(x, y) != background ? 1 : 0;
    }
    QVERIFY2(differing > 500, qPrintable(QStringLiteral("screenshot looks empty (%1 differing samples)").arg(differing)));

    // Closed the way a session logout closes it: SIGTERM, then a clean exit.
    ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(30'000));
    const QString said = QString::fromUtf8(app.readAll());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, qPrintable(said));
    // The first start made the user's data where a user's data goes.
    QVERIFY2(QFileInfo::exists(home + QStringLiteral("/.local/share/GPUDesk/gpudesk")),
             qPrintable(QDir(home).entryList(QDir::AllEntries | QDir::Hidden).join(QLatin1Char(' '))));
}

void TestPackage::installedCliListsOffersAsJson()
{
    QVERIFY(!m_root.isEmpty());
    const QString home = m_work.filePath(QStringLiteral("cli-home"));
    QVERIFY(QDir().mkpath(home));
    const QString bin = QDir(m_root).filePath(QStringLiteral("usr/bin"));
    const Run offers = run(bin + QStringLiteral("/gpudesk-cli"), {QStringLiteral("offers"), QStringLiteral("--format"), QStringLiteral("json")},
                           60'000, freshUserEnvironment(home, bin));
    QVERIFY2(offers.exitCode == 0, qPrintable(offers.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(offers.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray rows = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("offers")).toArray();
    QVERIFY2(rows.size() > 100, qPrintable(QString::number(rows.size())));
    QSet<QString> providers;
    for (const QJsonValue &row : rows)
        providers.insert(row.toObject().value(QStringLiteral("provider")).toString());
    QVERIFY2(providers.contains(QStringLiteral("Lambda")) && providers.size() > 5,
             qPrintable(QStringList(providers.begin(), providers.end()).join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
