#pragma once

// A programmable HTTP/1.1 server on 127.0.0.1 for tests: each request goes to a handler that
// says how to answer, including the ways real networks and providers fail (slow answers, a
// socket closed before or in the middle of the body, a reset, a body that is not what the
// headers promise). Records every request it saw. Header-only; no Q_OBJECT needed.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace gpudesk::test {

struct HttpCall
{
    QByteArray method;
    QByteArray target;                     // path with query, as sent
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QString path() const { return QUrl(QString::fromUtf8(target)).path(); }
    QUrlQuery query() const { return QUrlQuery(QUrl(QString::fromUtf8(target)).query()); }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpAnswer
{
    enum class Kind {
        Respond,             // a complete response
        CloseBeforeResponse, // read the request, then close without a byte
        CloseMidBody,        // send headers and `cutAfter` bytes of the body, then close
        Reset,               // abort the connection (RST) after reading the request
        Hang,                // never answer (the client's timeout must fire)
    };

    Kind kind = Kind::Respond;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;   // wait before answering
    int cutAfter = 0;  // CloseMidBody: body bytes sent before the close

    static HttpAnswer json(int status, const QByteArray &body)
    {
        HttpAnswer a;
        a.status = status;
        a.body = body;
        return a;
    }
    static HttpAnswer of(Kind kind)
    {
        HttpAnswer a;
        a.kind = kind;
        return a;
    }
};

class FaultHttpServer
{
public:
    using Handler = std::function<HttpAnswer(const HttpCall &)>;

    FaultHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }

    // Answers in order, one per request, before the handler is asked.
    void enqueue(const HttpAnswer &answer) { m_queue.append(answer); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<HttpCall> &calls() const { return m_calls; }
    int callCount() const { return int(m_calls.size()); }
    void clearCalls() { m_calls.clear(); }

private:
    struct Connection
    {
        QByteArray buffer;
    };

    void accept(QTcpSocket *socket)
    {
        auto conn = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, conn] {
            conn->buffer += socket->readAll();
            while (true) {
                const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                HttpCall call;
                const QList<QByteArray> lines = conn->buffer.left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                call.method = first.value(0);
                call.target = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        call.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
                }
                const qsizetype length = call.headers.value("content-length", "0").toLongLong();
                if (conn->buffer.size() < end + 4 + length)
                    return;
                call.body = conn->buffer.mid(end + 4, length);
                conn->buffer.remove(0, end + 4 + length);
                m_calls.append(call);
                HttpAnswer answer;
                if (!m_queue.isEmpty())
                    answer = m_queue.takeFirst();
                else if (m_handler)
                    answer = m_handler(call);
                else
                    answer = HttpAnswer::json(404, R"({"error":"no handler"})");
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(answer.delayMs, socket, [guard, answer] {
                    if (guard)
                        respond(guard, answer);
                });
            }
        });
    }

    static void respond(QTcpSocket *socket, const HttpAnswer &a)
    {
        switch (a.kind) {
        case HttpAnswer::Kind::Hang:
            return;
        case HttpAnswer::Kind::Reset:
            socket->abort();
            return;
        case HttpAnswer::Kind::CloseBeforeResponse:
            socket->disconnectFromHost();
            return;
        case HttpAnswer::Kind::Respond:
        case HttpAnswer::Kind::CloseMidBody:
            break;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + " " + reason(a.status) + "\r\n";
        if (!a.contentType.isEmpty())
            head += "Content-Type: " + a.contentType + "\r\n";
        for (const auto &h : a.headers)
            head += h.first + ": " + h.second + "\r\n";
        head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n";
        if (a.kind == HttpAnswer::Kind::CloseMidBody) {
            socket->write(head + a.body.left(a.cutAfter));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write(head + a.body);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 409: return "Conflict";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    QTcpServer m_server;
    QList<HttpAnswer> m_queue;
    Handler m_handler;
    QList<HttpCall> m_calls;
};

} // namespace gpudesk::test
