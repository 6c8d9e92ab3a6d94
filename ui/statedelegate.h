#pragma once

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

namespace qw {

// Paints a cell's background from the model's StateRole ("free", "paused", "error", ...). The
// cell's text always names the state too, so colour is never the only signal.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StateDelegate(QObject* parent = nullptr);

    static QColor colourFor(const QString& state);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace qw
