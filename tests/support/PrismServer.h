#pragma once

// Stoplight Prism serving a provider's own OpenAPI spec on 127.0.0.1, for conformance tests:
// the adapter under test talks to Prism through its base-URL override, Prism checks every request
// against the spec and answers with the responses the spec documents. Header-only.
//
//   PrismServer prism(QStringLiteral("lambda/openapi-1.8.3.json"));
//   GPUDESK_START_PRISM(prism);                 // QSKIP (or QFAIL in CI) when spec/prism is missing
//   LambdaProvider provider(creds, prism.url()); // http://127.0.0.1:<port>
//   … drive the adapter …
//   QVERIFY2(prism.takeViolations().isEmpty(), qPrintable(prism.takeViolations().join('\n')));
//
// With `--errors` (the default here) a request that violates the spec gets an error status
// (the spec's documented 400/422, or Prism's problem+json) and Prism logs each violation, which
// takeViolations() returns. `Prefer: code=404` / `Prefer: example=name` request headers pick
// other documented responses; Options::dynamic makes Prism generate bodies from the schemas
// instead of the examples (shape tests).
//
// Paths are fixed at configure time: GPUDESK_SHARED_DIR (TestConfig.h) holds provider-specs/,
// GPUDESK_PRISM_PATH (a compile definition; default tests/mock/node_modules/.bin/prism, installed
// by `npm ci --prefix tests/mock`, which installer/bootstrap.sh runs before the tests).

#include "TestConfig.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest/QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#ifndef GPUDESK_PRISM_PATH
#define GPUDESK_PRISM_PATH GPUDESK_SOURCE_DIR "/tests/mock/node_modules/.bin/prism"
#endif

namespace gpudesk::test {

class PrismServer
{
public:
    struct Options
    {
        bool errors = true; // --errors: a spec violation gets an error response
        bool dynamic = false; // -d: bodies generated from the schemas, not the examples
        int startTimeoutMs = 60000;
    };

    // `spec` is relative to ../shared/provider-specs, e.g. "lambda/openapi-1.8.3.json".
    explicit PrismServer(QString spec) : PrismServer(std::move(spec), Options()) { }
    PrismServer(QString spec, Options options) : m_spec(std::move(spec)), m_options(options) { }
    ~PrismServer() { stop(); }
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    static QString specsDir() { return QStringLiteral(GPUDESK_SHARED_DIR "/provider-specs"); }
    static QString prismPath() { return QStringLiteral(GPUDESK_PRISM_PATH); }
    QString specPath() const { return specsDir() + QLatin1Char('/') + m_spec; }

    // Empty when both the spec and prism are there; else a sentence naming what is missing.
    QString missing() const
    {
        QStringList what;
        if (!QFileInfo::exists(specPath()))
            what << QStringLiteral("the provider spec %1 (is ../shared/provider-specs beside this checkout?)")
                        .arg(specPath());
        if (!QFileInfo(prismPath()).isExecutable())
            what << QStringLiteral("Prism at %1 (run: npm ci --prefix tests/mock)").arg(prismPath());
        return what.join(QStringLiteral("; "));
    }

    // Starts Prism and waits until it accepts connections. On failure returns false and says why
    // in `error` (with Prism's own output).
    bool start(QString *error)
    {
        if (const QString m = missing(); !m.isEmpty()) {
            *error = QStringLiteral("missing ") + m;
            return false;
        }
        m_port = freePort();
        QStringList args { QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(m_port) };
        if (m_options.errors)
            args << QStringLiteral("--errors");
        if (m_options.dynamic)
            args << QStringLiteral("-d");
        args << specPath();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        // A test that crashes or aborts runs no destructor: Prism then ends with it instead of
        // staying behind on its port.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process.start(prismPath(), args);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("could not start %1: %2").arg(prismPath(), m_process.errorString());
            return false;
        }
        // Prism (node) needs a few seconds to parse a spec; poll the port rather than its log text.
        const QDeadlineTimer deadline(m_options.startTimeoutMs);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("Prism exited before listening: %1")
                             .arg(QString::fromUtf8(m_process.readAll().right(2000)));
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            m_process.waitForReadyRead(100); // also keeps Prism's pipe drained
            m_log += m_process.readAll();
        }
        *error = QStringLiteral("Prism did not listen on port %1 within %2 ms: %3")
                     .arg(m_port)
                     .arg(m_options.startTimeoutMs)
                     .arg(QString::fromUtf8(m_log.right(2000)));
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool isRunning() const
    {
        return m_process.state() == QProcess::Running;
    }
    quint16 port() const
    {
        return m_port;
    }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    // Prism's output since start (its log lines, ANSI colours stripped).
    QString log()
    {
        m_log += m_process.readAll();
        static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
        return QString::fromUtf8(m_log).remove(ansi);
    }

    // The spec violations Prism logged for requests since the last call ("request.body Request
    // body must have required property 'ssh_key_names'"), then forgets them. Waits briefly for
    // Prism's log to catch up with the last answer.
    QStringList takeViolations()
    {
        m_process.waitForReadyRead(150);
        const QStringList lines = log().split(QLatin1Char('\n'));
        QStringList out;
        for (qsizetype i = m_consumedLines; i < lines.size(); ++i) {
            const qsizetype at = lines.at(i).indexOf(QLatin1String("Violation: "));
            if (at >= 0)
                out << lines.at(i).mid(at + 11).trimmed();
        }
        // The last line may still be incomplete: read it again next time.
        m_consumedLines = std::max<qsizetype>(0, lines.size() - 1);
        return out;
    }

private:
    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    QString m_spec;
    Options m_options;
    QProcess m_process;
    QByteArray m_log;
    qsizetype m_consumedLines = 0;
    quint16 m_port = 0;
};

// Starts `server` or ends the test: QSKIP naming what is missing (a user's plain clone has no
// ../shared), QFAIL when GPUDESK_REQUIRE_CONFORMANCE=1 (CI) or when Prism fails to start.
#define GPUDESK_START_PRISM(server)                                                                                    \
    do {                                                                                                               \
        const QString gpudeskMissing_ = (server).missing();                                                            \
        if (!gpudeskMissing_.isEmpty()) {                                                                              \
            const QByteArray gpudeskWhy_ = (QStringLiteral("conformance test needs ") + gpudeskMissing_).toUtf8();     \
            if (qEnvironmentVariableIntValue("GPUDESK_REQUIRE_CONFORMANCE") == 1)                                      \
                QFAIL(gpudeskWhy_.constData());                                                                        \
            QSKIP(gpudeskWhy_.constData());                                                                            \
        }                                                                                                              \
        QString gpudeskError_;                                                                                         \
        if (!(server).start(&gpudeskError_))                                                                           \
            QFAIL(qPrintable(gpudeskError_));                                                                          \
    } while (false)

} // namespace gpudesk::test
