#pragma once

#include <QList>
#include <QString>

namespace foundry::ui {

// The rows of a table ranked by one string key each (then by row), kept up to date as rows are
// appended, changed and removed. A proxy that sorts by the key compares two ranks instead of
// two strings: showing 100,000 filtered-out users again compares about three million pairs.
// Appending, changing or removing one row costs one pass over the ranks, as the proxy's own
// bookkeeping for that row does.
class RowOrder final
{
public:
    void assign(const QList<QString> &keys); // rows 0..n-1
    void append(const QString &key);         // a new last row
    void replace(int row, const QString &key);
    void remove(int row); // later rows move up by one, as in the table

    int size() const { return int(m_keys.size()); }
    const QString &keyAt(int row) const { return m_keys.at(row); }
    // 0 for the row whose key comes first; every row has its own rank.
    int rankAt(int row) const { return m_rank.at(row); }

private:
    bool before(int left, int right) const;
    // Where `row` belongs in m_sorted (which must not hold it).
    int positionFor(int row) const;
    void renumber(int from, int to); // m_rank of the rows at positions [from, to)

    QList<QString> m_keys; // row -> key
    QList<int> m_sorted;   // the rows, by key then row
    QList<int> m_rank;     // row -> its position in m_sorted
};

} // namespace foundry::ui
