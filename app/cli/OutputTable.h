#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace gpudesk {

// One result set printed as an aligned text table, CSV or a JSON array of objects.
// Cells are strings; JSON types come from the column's kind so numbers stay numbers
// (written from their exact decimal text, never through a double).
class OutputTable
{
public:
    enum class Format { Table, Json, Csv };
    enum class Kind { String, Number, Bool };

    struct Column
    {
        QString key;      // JSON/CSV name
        QString heading;  // table heading (translated)
        Kind kind = Kind::String;
        bool rightAlign = false;
    };

    explicit OutputTable(QList<Column> columns);

    // Empty cells become null in JSON and empty in table/CSV.
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }

    void write(QTextStream &out, Format format) const;
    static bool parseFormat(const QString &text, Format &format);
    static QString jsonString(const QString &s);

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace gpudesk
