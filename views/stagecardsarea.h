#pragma once

#include <QScrollArea>

namespace slipway {

class StageCardsView;

// The release page's strip of stage cards: as tall as its cards (up to a limit, so the logs keep most of
// the page), scrolling sideways when the stages are wider than the window, and showing the stage that
// needs someone (waiting for a decision, or running) when the page first opens.
class StageCardsArea final : public QScrollArea {
    Q_OBJECT
public:
    explicit StageCardsArea(StageCardsView *cards, QWidget *parent = nullptr);

    // After the cards changed: keeps the height of the cards; the first time, scrolls `attention` into view.
    void cardsShown(const QString &attention);

protected:
    void showEvent(QShowEvent *event) override;

private:
    StageCardsView *m_cards;
    QString m_attention; // the stage to bring into view once, until it has been
    bool m_placed = false;

    void bringAttentionIntoView();
};

} // namespace slipway
