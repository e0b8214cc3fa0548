// RowOrder: each row's rank by key (then by row) stays right as rows are appended, changed and
// removed; the Users proxy sorts by these ranks.
#include "RowOrder.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <numeric>

using namespace foundry::ui;

namespace {

// The rows in rank order, and the same rows sorted from scratch: they must be equal.
std::pair<QList<int>, QList<int>> rankedAndExpected(const RowOrder &order, const QStringList &keys)
{
    QList<int> ranked(order.size(), -1);
    for (int row = 0; row < order.size(); ++row) {
        const int rank = order.rankAt(row);
        if (rank >= 0 && rank < ranked.size())
            ranked[rank] = row;
    }
    QList<int> expected(keys.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(),
                     [&keys](int left, int right) { return keys.at(left) < keys.at(right); });
    return {ranked, expected};
}

} // namespace

class TestRowOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assign_ranksByKey_thenByRow()
    {
        RowOrder order;
        order.assign({QStringLiteral("carol"), QStringLiteral("alice"), QStringLiteral("bob"),
                      QStringLiteral("alice")});
        QCOMPARE(order.rankAt(1), 0); // the first alice
        QCOMPARE(order.rankAt(3), 1); // the second alice, after it
        QCOMPARE(order.rankAt(2), 2);
        QCOMPARE(order.rankAt(0), 3);
        QCOMPARE(order.keyAt(2), QStringLiteral("bob"));
    }

    void append_change_remove_keepTheRanks()
    {
        RowOrder order;
        order.assign({QStringLiteral("bob"), QStringLiteral("dave")});
        order.append(QStringLiteral("carol")); // row 2, between them
        QCOMPARE(order.rankAt(2), 1);
        QCOMPARE(order.rankAt(1), 2);
        order.replace(1, QStringLiteral("aaron")); // dave renamed: now first
        QCOMPARE(order.rankAt(1), 0);
        QCOMPARE(order.rankAt(0), 1);
        QCOMPARE(order.rankAt(2), 2);
        order.remove(0); // bob; carol becomes row 1
        QCOMPARE(order.size(), 2);
        QCOMPARE(order.keyAt(1), QStringLiteral("carol"));
        QCOMPARE(order.rankAt(0), 0);
        QCOMPARE(order.rankAt(1), 1);
    }

    void randomEdits_matchASortFromScratch()
    {
        QRandomGenerator random(8); // fixed: the same run every time
        const auto randomKey = [&random] {
            return QStringLiteral("k%1").arg(random.bounded(30)); // many equal keys
        };
        QStringList keys;
        for (int i = 0; i < 50; ++i)
            keys.append(randomKey());
        RowOrder order;
        order.assign(keys);
        for (int step = 0; step < 2000; ++step) {
            const int choice = random.bounded(3);
            if (choice == 0 || keys.isEmpty()) {
                keys.append(randomKey());
                order.append(keys.last());
            } else if (choice == 1) {
                const int row = random.bounded(int(keys.size()));
                keys[row] = randomKey();
                order.replace(row, keys.at(row));
            } else {
                const int row = random.bounded(int(keys.size()));
                keys.removeAt(row);
                order.remove(row);
            }
            const auto [ranked, expected] = rankedAndExpected(order, keys);
            QCOMPARE(ranked, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRowOrder)
#include "test_ui_row_order.moc"
