#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpudesk {

// RFC 4180 CSV (quoted cells may hold commas, quotes and newlines) with a header row.
// Rows keep the line they started on so that loaders can report "file:line: reason".
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    // Parses `text`; `fileName` names the source in errors. Fails on an unterminated quote
    // or a row whose cell count differs from the header's.
    static Result<CsvReader> parse(const QString &text, const QString &fileName);
    static Result<CsvReader> readFile(const QString &path);

    const QStringList &header() const { return m_header; }
    const QList<Row> &rows() const { return m_rows; }
    QString fileName() const { return m_fileName; }

    // Index of a header column, or -1.
    int column(const QString &name) const { return m_columns.value(name, -1); }
    // Error naming the header columns that are missing, or none.
    Result<void> requireColumns(const QStringList &names) const;
    // "file:line: message" as an InvalidInput error.
    Error rowError(const Row &row, const QString &message) const;

    // Writes one CSV line (no newline) with RFC 4180 quoting where needed.
    static QString formatLine(const QStringList &cells);

private:
    QString m_fileName;
    QStringList m_header;
    QHash<QString, int> m_columns;
    QList<Row> m_rows;
};

} // namespace gpudesk
