#pragma once

#include <QString>

namespace gpudesk {

// Masks secrets in text bound for logs, error details or exports: Authorization headers,
// bearer tokens, `api_key=`/`"apiKey": "..."` pairs, well-known key prefixes, and any value
// registered at run time (keys the user typed in). Keeps 4 characters so users can tell keys apart.
class Redaction
{
public:
    static QString redact(const QString &text);

    // Remember a secret so that every later redact() masks it wherever it appears.
    static void registerSecret(const QString &secret);
    static void clearRegisteredSecrets();

    // Installs a Qt message handler that redacts every log line before it is written.
    static void installMessageHandler();
};

} // namespace gpudesk
