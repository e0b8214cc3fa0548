#include "RowOrder.h"

#include <algorithm>
#include <numeric>

namespace foundry::ui {

void RowOrder::assign(const QList<QString> &keys)
{
    m_keys = keys;
    m_sorted.resize(m_keys.size());
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    std::sort(m_sorted.begin(), m_sorted.end(),
              [this](int left, int right) { return before(left, right); });
    m_rank.resize(m_keys.size());
    renumber(0, size());
}

void RowOrder::append(const QString &key)
{
    const int row = size();
    m_keys.append(key);
    m_rank.append(0);
    const int position = positionFor(row);
    m_sorted.insert(position, row);
    renumber(position, size());
}

void RowOrder::replace(int row, const QString &key)
{
    if (m_keys.at(row) == key)
        return;
    const int old = m_rank.at(row);
    m_sorted.removeAt(old);
    m_keys[row] = key;
    const int position = positionFor(row);
    m_sorted.insert(position, row);
    renumber(std::min(old, position), std::max(old, position) + 1);
}

void RowOrder::remove(int row)
{
    const int position = m_rank.at(row);
    m_sorted.removeAt(position);
    m_keys.removeAt(row);
    m_rank.removeAt(row);
    for (int &sortedRow : m_sorted) {
        if (sortedRow > row)
            --sortedRow;
    }
    renumber(position, size());
}

bool RowOrder::before(int left, int right) const
{
    const int order = m_keys.at(left).compare(m_keys.at(right));
    return order != 0 ? order < 0 : left < right;
}

int RowOrder::positionFor(int row) const
{
    const auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), row,
                                     [this](int left, int right) { return before(left, right); });
    return int(it - m_sorted.cbegin());
}

void RowOrder::renumber(int from, int to)
{
    for (int position = from; position < to; ++position)
        m_rank[m_sorted.at(position)] = position;
}

} // namespace foundry::ui
