#include "stagecardsarea.h"

#include "stagecardsview.h"

#include <QScrollBar>
#include <QStyle>
#include <QTimer>

namespace slipway {

StageCardsArea::StageCardsArea(StageCardsView *cards, QWidget *parent) : QScrollArea(parent), m_cards(cards) {
    setObjectName(QStringLiteral("stageCardsArea"));
    setAccessibleName(tr("Stages of the release"));
    setWidget(cards);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void StageCardsArea::cardsShown(const QString &attention) {
    // Cards keep their height while they change, so this only moves when the stages change.
    const int height =
        std::min(300, m_cards->sizeHint().height() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    if (this->height() != height || minimumHeight() != height)
        setFixedHeight(height);
    if (m_placed)
        return;
    m_attention = attention;
    if (isVisible())
        bringAttentionIntoView();
}

void StageCardsArea::showEvent(QShowEvent *event) {
    QScrollArea::showEvent(event);
    if (!m_placed)
        bringAttentionIntoView();
}

// Once the cards are laid out (the next event loop turn); later refreshes never scroll under the user.
void StageCardsArea::bringAttentionIntoView() {
    m_placed = true;
    QTimer::singleShot(0, this, [this] {
        if (QWidget *card = m_attention.isEmpty() ? nullptr : m_cards->cardOf(m_attention))
            ensureWidgetVisible(card, 24, 0);
    });
}

} // namespace slipway
