#pragma once

// Internal to app/jobs: yaml-cpp is a private dependency of gpudesk_app, so only .cpp files of
// this folder include this header.

#include "JobYaml.h"
#include "core/Money.h"
#include "core/Result.h"
#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

#include <QList>
#include <QString>

#include <optional>

namespace gpudesk {

// Reads one YAML document with positions: every value is reached through an Entry that knows its
// path ("resources.accelerators", "ports[1]") and where it was written. Type mismatches are
// collected as errors ("file:line:column: key: expected …"), unknown or unmapped keys as warnings.
class YamlNodeReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlNodeReader)

public:
    struct Entry
    {
        QString key; // the map key, or the index of a list item
        QString path; // "gpu.count", "env[2]"
        int line = 0; // 1-based position of the key (of the item, in lists)
        int column = 0;
        YAML::Node value;
    };

    explicit YamlNodeReader(QString fileName);

    // Parses `text`; the document must be a map. On failure error() says where and what was expected.
    std::optional<YAML::Node> loadMap(const QString &text);

    // The entries of a map, in file order, with a warning for a key written twice.
    QList<Entry> entries(const Entry &map, bool warnDuplicates = true);
    QList<Entry> entries(const YAML::Node &map, const QString &path = {});
    // The items of a list; a single scalar reads as a one-item list.
    QList<Entry> items(const Entry &list);

    static bool isNull(const Entry &e) { return !e.value || e.value.IsNull(); }
    bool isMap(const Entry &e) const { return e.value && e.value.IsMap(); }
    bool isSequence(const Entry &e) const { return e.value && e.value.IsSequence(); }
    // Records "expected a map/list" unless it is one (or null).
    bool requireMap(const Entry &e);

    // Typed values. On a wrong type they record an error and return nullopt; a null value reads as
    // empty text, and as nullopt without an error for the other types (check isNull() first).
    std::optional<QString> text(const Entry &e);
    // Text, or a list of texts joined by new lines (command lists).
    std::optional<QString> lines(const Entry &e);
    std::optional<int> integer(const Entry &e);
    std::optional<bool> boolean(const Entry &e);
    // A duration in minutes: "90m", "2h", "1d", "off"; a bare number counts `bareUnitSeconds` each.
    std::optional<int> minutes(const Entry &e, int bareUnitSeconds = 60);
    std::optional<Money> money(const Entry &e);
    // A size in GB: 500, "500GB", "1TB", "512MB" (floored to whole GB).
    std::optional<int> gigabytes(const Entry &e);

    void warn(const Entry &at, const QString &message);
    void warnUnknownKey(const Entry &at, const QStringList &knownKeys);
    void fail(const Entry &at, const QString &expected);

    bool hasErrors() const { return !m_errors.isEmpty(); }
    // The first error as the message, all of them in the detail.
    Error error() const;
    const QList<JobYamlWarning> &warnings() const { return m_warnings; }

    const QString &fileName() const { return m_fileName; }

    // The scalar as written, for messages.
    static QString scalarText(const YAML::Node &node);

private:
    QString position(int line, int column) const;

    QString m_fileName;
    QStringList m_errors;
    QString m_detail; // yaml-cpp's own message for a syntax error
    QList<JobYamlWarning> m_warnings;
};

} // namespace gpudesk
