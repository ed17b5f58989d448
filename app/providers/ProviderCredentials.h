#pragma once

#include <QString>

namespace gpudesk {

// What a provider adapter needs to authenticate. Held in memory only: it comes from the
// keychain (app/secrets) or the environment and never reaches SQLite, settings, logs or exports.
struct ProviderCredentials
{
    QString key;     // API key / token / Crusoe access key id
    QString secret;  // Crusoe's secret key; empty elsewhere
    QString account; // Lepton workspace URL, Crusoe project id; empty where not needed (not secret)

    bool isEmpty() const { return key.isEmpty(); }
    bool operator==(const ProviderCredentials &) const = default;
};

} // namespace gpudesk
