#pragma once

#include "live/healthtext.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace qw {

// The strip above the live tables that says, where the eye is, when what they show is not
// current: which servers, since when, and the database's own message. Hidden while all is well.
class HealthBanner : public QFrame
{
    Q_OBJECT
public:
    explicit HealthBanner(QWidget* parent = nullptr);

    void showBanner(const HealthText::Banner& banner);
    QString text() const;
    HealthText::Level level() const { return m_level; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    HealthText::Level m_level = HealthText::Level::None;
};

} // namespace qw
