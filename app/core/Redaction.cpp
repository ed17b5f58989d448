#include "Redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

namespace gpudesk {

namespace {

QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

QString mask(const QString &secret)
{
    if (secret.size() <= 8)
        return QStringLiteral("[REDACTED]");
    return secret.left(4) + QStringLiteral("…[REDACTED]");
}

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redaction::redact(message);
    if (g_previousHandler)
        g_previousHandler(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", clean.toLocal8Bit().constData());
}

} // namespace

QString Redaction::redact(const QString &text)
{
    QString out = text;

    // Header style: "Authorization: Bearer abc", "X-Api-Key: abc", "CRUSOE-ACCESS-KEY: abc"
    static const QRegularExpression header(
        QStringLiteral(R"re((authorization|proxy-authorization|x-api-key|api-key|[a-z-]*access-key|[a-z-]*secret[a-z-]*)(\s*[:=]\s*)((?:bearer|basic|token)\s+)?([^\s,;"']+))re"),
        QRegularExpression::CaseInsensitiveOption);
    // JSON / query style: "api_key": "abc", apiKey=abc, token=abc, password: abc
    static const QRegularExpression pair(
        QStringLiteral(R"re(("?(?:[a-z0-9]+[_-])*(?:api[_-]?key|apikey|token|secret|secret[_-]?key|access[_-]?key|password|passphrase|private[_-]?key)"?)(\s*[:=]\s*"?)([^\s,;"&}]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    // Bare bearer tokens and well-known key shapes (OpenAI-style sk-, Lambda secret_, RunPod rpa_).
    static const QRegularExpression bearer(QStringLiteral(R"re(\b(bearer\s+)([A-Za-z0-9._~+/=-]{8,}))re"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prefixed(
        QStringLiteral(R"re(\b((?:sk|rpa|secret|key)[-_][A-Za-z0-9_.-]{12,}))re"));

    auto replaceGroup = [](QString &s, const QRegularExpression &re, int group) {
        QString result;
        qsizetype last = 0;
        auto it = re.globalMatch(s);
        bool any = false;
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.captured(group).contains(QStringLiteral("[REDACTED]")))
                continue;
            any = true;
            result += QStringView(s).mid(last, m.capturedStart(group) - last);
            result += mask(m.captured(group));
            last = m.capturedEnd(group);
        }
        if (any) {
            result += QStringView(s).mid(last);
            s = result;
        }
    };

    replaceGroup(out, header, 4);
    replaceGroup(out, pair, 3);
    replaceGroup(out, bearer, 2);
    replaceGroup(out, prefixed, 1);

    QMutexLocker lock(&secretsMutex());
    for (const QString &secret : std::as_const(secrets())) {
        if (!secret.isEmpty())
            out.replace(secret, mask(secret));
    }
    return out;
}

void Redaction::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

void Redaction::clearRegisteredSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

void Redaction::installMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previousHandler = previous;
}

} // namespace gpudesk
