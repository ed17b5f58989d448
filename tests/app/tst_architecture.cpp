// The layering rule: app/ (gpudesk_app, gpudesk-cli) is headless. Nothing in it may include or link
// Qt Widgets, Qt Charts or the ui/ layer; only ui/ builds on app/, never the other way round.

#include "TestConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <optional>

namespace {

const QString kCli = QStringLiteral(GPUDESK_CLI_PATH);

template <typename T> std::optional<T> readLe(const QByteArray &bytes, quint64 offset)
{
    if (offset > quint64(bytes.size()) || quint64(bytes.size()) - offset < sizeof(T))
        return std::nullopt;
    T value;
    std::memcpy(&value, bytes.constData() + offset, sizeof(T));
    return qFromLittleEndian(value);
}

// DT_NEEDED entries of a 64-bit little-endian ELF file, read from its PT_DYNAMIC segment.
// nullopt when the file is not such an ELF file or is malformed.
std::optional<QStringList> elfNeeded(const QByteArray &elf)
{
    if (elf.size() < 64
        || !elf.startsWith("\x7f"
                           "ELF")
        || elf.at(4) != 2 /* ELFCLASS64 */
        || elf.at(5) != 1 /* ELFDATA2LSB */)
        return std::nullopt;
    const auto phoff = readLe<quint64>(elf, 0x20);
    const auto phentsize = readLe<quint16>(elf, 0x36);
    const auto phnum = readLe<quint16>(elf, 0x38);
    if (!phoff || !phentsize || !phnum || *phentsize < 56)
        return std::nullopt;

    struct Segment
    {
        quint32 type;
        quint64 offset, vaddr, filesz;
    };
    QList<Segment> segments;
    for (quint16 i = 0; i < *phnum; ++i) {
        const quint64 base = *phoff + quint64(i) * *phentsize;
        const auto type = readLe<quint32>(elf, base);
        const auto offset = readLe<quint64>(elf, base + 8);
        const auto vaddr = readLe<quint64>(elf, base + 16);
        const auto filesz = readLe<quint64>(elf, base + 32);
        if (!type || !offset || !vaddr || !filesz)
            return std::nullopt;
        segments.append({ *type, *offset, *vaddr, *filesz });
    }
    auto fileOffsetOf = [&](quint64 address) -> std::optional<quint64> {
        for (const Segment &s : segments) {
            if (s.type == 1 /* PT_LOAD */ && address >= s.vaddr && address < s.vaddr + s.filesz)
                return address - s.vaddr + s.offset;
        }
        return std::nullopt;
    };

    for (const Segment &s : segments) {
        if (s.type != 2 /* PT_DYNAMIC */)
            continue;
        QList<quint64> needed;
        std::optional<quint64> strtab;
        for (quint64 at = s.offset; at + 16 <= s.offset + s.filesz; at += 16) {
            const auto tag = readLe<qint64>(elf, at);
            const auto val = readLe<quint64>(elf, at + 8);
            if (!tag || !val)
                return std::nullopt;
            if (*tag == 0 /* DT_NULL */)
                break;
            if (*tag == 1 /* DT_NEEDED */)
                needed.append(*val);
            else if (*tag == 5 /* DT_STRTAB */)
                strtab = fileOffsetOf(*val);
        }
        if (!strtab)
            return std::nullopt;
        QStringList names;
        for (quint64 n : needed) {
            const quint64 start = *strtab + n;
            if (start >= quint64(elf.size()))
                return std::nullopt;
            names << QString::fromLatin1(elf.constData() + start);
        }
        return names;
    }
    return QStringList(); // statically linked: needs nothing
}

// NEEDED libraries as `readelf -d` or `objdump -p` print them; nullopt when neither tool is here.
std::optional<QStringList> toolNeeded(const QString &binary)
{
    struct Tool
    {
        const char *program;
        const char *option;
        const char *pattern;
    };
    for (const Tool &t : { Tool { "readelf", "-d", R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])" },
             Tool { "objdump", "-p", R"(^\s*NEEDED\s+(\S+))" } }) {
        const QString program = QStandardPaths::findExecutable(QString::fromLatin1(t.program));
        if (program.isEmpty())
            continue;
        QProcess p;
        p.start(program, { QString::fromLatin1(t.option), binary });
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            continue;
        const QString output = QString::fromLocal8Bit(p.readAllStandardOutput());
        QStringList names;
        const QRegularExpression re(QString::fromLatin1(t.pattern), QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(output); it.hasNext();)
            names << it.next().captured(1);
        return names;
    }
    return std::nullopt;
}

QString forbiddenLibrary(const QString &soname)
{
    static const QRegularExpression gui(QStringLiteral(
        R"(^libQt\d*(Widgets|Charts|ChartsQml|SvgWidgets|OpenGLWidgets|PrintSupport|Quick|QuickWidgets)\b)"));
    return gui.match(soname).hasMatch() ? soname : QString();
}

// Why `header` may not be included from app/, or an empty string when it may.
QString forbiddenInclude(const QString &header)
{
    static const QStringList modules = { QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
        QStringLiteral("QtSvgWidgets"), QStringLiteral("QtOpenGLWidgets"), QStringLiteral("QtPrintSupport"),
        QStringLiteral("QtQuick"), QStringLiteral("QtQuickWidgets") };
    static const QStringList widgetClasses = { QStringLiteral("QWidget"), QStringLiteral("QApplication"),
        QStringLiteral("QMainWindow"), QStringLiteral("QDialog"), QStringLiteral("QMessageBox"),
        QStringLiteral("QFileDialog"), QStringLiteral("QInputDialog"), QStringLiteral("QProgressDialog"),
        QStringLiteral("QWizard"), QStringLiteral("QPushButton"), QStringLiteral("QToolButton"),
        QStringLiteral("QCheckBox"), QStringLiteral("QRadioButton"), QStringLiteral("QComboBox"),
        QStringLiteral("QSpinBox"), QStringLiteral("QDoubleSpinBox"), QStringLiteral("QLabel"),
        QStringLiteral("QLineEdit"), QStringLiteral("QTextEdit"), QStringLiteral("QPlainTextEdit"),
        QStringLiteral("QTableView"), QStringLiteral("QTreeView"), QStringLiteral("QListView"),
        QStringLiteral("QTableWidget"), QStringLiteral("QTreeWidget"), QStringLiteral("QListWidget"),
        QStringLiteral("QHeaderView"), QStringLiteral("QAbstractItemView"), QStringLiteral("QStyledItemDelegate"),
        QStringLiteral("QItemDelegate"), QStringLiteral("QStyle"), QStringLiteral("QStyleOption"),
        QStringLiteral("QLayout"), QStringLiteral("QBoxLayout"), QStringLiteral("QVBoxLayout"),
        QStringLiteral("QHBoxLayout"), QStringLiteral("QGridLayout"), QStringLiteral("QFormLayout"),
        QStringLiteral("QStackedWidget"), QStringLiteral("QTabWidget"), QStringLiteral("QSplitter"),
        QStringLiteral("QScrollArea"), QStringLiteral("QToolBar"), QStringLiteral("QMenu"), QStringLiteral("QMenuBar"),
        QStringLiteral("QStatusBar"), QStringLiteral("QSystemTrayIcon"), QStringLiteral("QGraphicsView"),
        QStringLiteral("QSizePolicy"), QStringLiteral("QChart"), QStringLiteral("QChartView"),
        QStringLiteral("QLineSeries"), QStringLiteral("QBarSeries"), QStringLiteral("QValueAxis"),
        QStringLiteral("QSvgWidget") };

    const QString h = header.trimmed();
    const QString first = h.section(u'/', 0, 0);
    if (modules.contains(first))
        return QStringLiteral("the %1 module").arg(first);
    if (widgetClasses.contains(h))
        return QStringLiteral("a Qt Widgets/Charts class");
    if (h.startsWith(QStringLiteral("ui/")) || h.contains(QStringLiteral("../ui/")))
        return QStringLiteral("the ui/ layer");
    return {};
}

QStringList includesOf(const QString &text)
{
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"), QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = include.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void elfReaderAgreesWithTools();
    void cliDoesNotLinkWidgetsOrCharts();
    void detectorsCatchViolations();
    void appSourcesIncludeNoGuiHeaders();
    void appCMakeLinksNoGuiModules();
};

void TestArchitecture::elfReaderAgreesWithTools()
{
    QFile f(kCli);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(kCli));
    const auto ours = elfNeeded(f.readAll());
    const auto tools = toolNeeded(kCli);
    if (!ours && !tools)
        QSKIP("gpudesk-cli is not a 64-bit little-endian ELF file and neither readelf nor objdump is installed");
    if (!ours || !tools)
        QSKIP("only one way to read the dynamic section is available here; nothing to compare");
    QCOMPARE(*ours, *tools);
}

void TestArchitecture::cliDoesNotLinkWidgetsOrCharts()
{
    QFile f(kCli);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(kCli));
    auto needed = elfNeeded(f.readAll());
    if (!needed)
        needed = toolNeeded(kCli);
    if (!needed)
        QSKIP("cannot read gpudesk-cli's dynamic section: not a 64-bit ELF file, and no readelf or objdump");

    // Sanity: the reader found the libraries the CLI does need.
    QVERIFY2(!needed->filter(QRegularExpression(QStringLiteral("^libQt\\d*Core\\."))).isEmpty(),
        qPrintable(needed->join(QStringLiteral(", "))));
    QVERIFY2(!needed->filter(QRegularExpression(QStringLiteral("^libQt\\d*Sql\\."))).isEmpty(),
        qPrintable(needed->join(QStringLiteral(", "))));
    for (const QString &soname : std::as_const(*needed))
        QVERIFY2(forbiddenLibrary(soname).isEmpty(), qPrintable(QStringLiteral("gpudesk-cli needs %1").arg(soname)));
}

void TestArchitecture::detectorsCatchViolations()
{
    // The scanners must see what they look for, or the checks below would pass vacuously.
    const QString source = QStringLiteral("#include \"core/Money.h\"\n"
                                          "  #  include <QWidget>\n"
                                          "#include <QtWidgets/QTableView>\n"
                                          "#include<QtCharts/QChartView>\n"
                                          "#include <QApplication>\n"
                                          "#include \"ui/MainWindow.h\"\n"
                                          "// #include is mentioned in a comment\n"
                                          "#include <QString>\n");
    const QStringList includes = includesOf(source);
    QCOMPARE(includes,
        (QStringList { QStringLiteral("core/Money.h"), QStringLiteral("QWidget"),
            QStringLiteral("QtWidgets/QTableView"), QStringLiteral("QtCharts/QChartView"),
            QStringLiteral("QApplication"), QStringLiteral("ui/MainWindow.h"), QStringLiteral("QString") }));
    QStringList flagged;
    for (const QString &h : includes) {
        if (!forbiddenInclude(h).isEmpty())
            flagged << h;
    }
    QCOMPARE(flagged,
        (QStringList { QStringLiteral("QWidget"), QStringLiteral("QtWidgets/QTableView"),
            QStringLiteral("QtCharts/QChartView"), QStringLiteral("QApplication"),
            QStringLiteral("ui/MainWindow.h") }));
    for (const char *allowed : { "QCoreApplication", "QGuiApplication", "QImage", "QColor", "QtCore/QString",
             "QtSql/QSqlDatabase", "QtGui/QPainter", "QtGui/QTextDocument" })
        QVERIFY2(forbiddenInclude(QString::fromLatin1(allowed)).isEmpty(), allowed);

    QVERIFY(!forbiddenLibrary(QStringLiteral("libQt6Widgets.so.6")).isEmpty());
    QVERIFY(!forbiddenLibrary(QStringLiteral("libQt6Charts.so.6")).isEmpty());
    QVERIFY(forbiddenLibrary(QStringLiteral("libQt6Core.so.6")).isEmpty());
    QVERIFY(forbiddenLibrary(QStringLiteral("libQt6Gui.so.6")).isEmpty());
    QVERIFY(forbiddenLibrary(QStringLiteral("libQt6Sql.so.6")).isEmpty());
}

void TestArchitecture::appSourcesIncludeNoGuiHeaders()
{
    const QString appDir = QStringLiteral(GPUDESK_SOURCE_DIR "/app");
    QVERIFY2(QFileInfo(appDir).isDir(), qPrintable(appDir));

    int files = 0;
    int includes = 0;
    QStringList violations;
    QDirIterator it(appDir,
        { QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cxx"),
            QStringLiteral("*.cc"), QStringLiteral("*.inl") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        for (const QString &header : includesOf(QString::fromUtf8(f.readAll()))) {
            ++includes;
            const QString why = forbiddenInclude(header);
            if (!why.isEmpty())
                violations << QStringLiteral("%1 includes <%2> (%3)")
                                  .arg(QDir(QStringLiteral(GPUDESK_SOURCE_DIR)).relativeFilePath(path), header, why);
        }
    }
    QVERIFY2(files >= 10, qPrintable(QStringLiteral("only %1 source files under %2").arg(files).arg(appDir)));
    QVERIFY(includes > files);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("\n"))));
}

void TestArchitecture::appCMakeLinksNoGuiModules()
{
    QFile f(QStringLiteral(GPUDESK_SOURCE_DIR "/app/CMakeLists.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("gpudesk_app")));
    static const QRegularExpression guiTarget(
        QStringLiteral(R"(Qt\d*::(Widgets|Charts|SvgWidgets|OpenGLWidgets|PrintSupport|Quick)\b)"));
    // Comments may name the forbidden modules; code may not.
    QStringList offending;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = lines.at(i).section(u'#', 0, 0);
        if (guiTarget.match(code).hasMatch())
            offending << QStringLiteral("app/CMakeLists.txt:%1: %2").arg(i + 1).arg(lines.at(i).trimmed());
    }
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
