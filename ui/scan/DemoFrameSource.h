#pragma once

#include "scan/DemoPassList.h"
#include "scan/FrameSource.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QTimer>

#include <chrono>

namespace passgate {

// demo[:LIST] - the kiosk's source when there is no camera: shows each pass of a demo pass list as a QR
// code on a phone-like card, holdTime long at frameRate, then an empty scene for gapTime (so the next
// round counts again once the session's cooldown is over), and starts over.
class DemoFrameSource : public FrameSource
{
    Q_OBJECT
    Q_PROPERTY(QString currentLabel READ currentLabel NOTIFY currentPassChanged)

public:
    struct Options
    {
        QString passList = bundledDemoPassList(); // a file or Qt resource path
        std::chrono::milliseconds holdTime{3000};
        std::chrono::milliseconds gapTime{1000};
        int frameRate = 10;
        QSize frameSize{1280, 720};
        bool loop = true;
    };

    explicit DemoFrameSource(QObject *parent = nullptr);
    explicit DemoFrameSource(Options options, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    ScanOrigin origin() const override { return ScanOrigin::Demo; }
    QString description() const override;

    const QList<DemoPass> &passes() const { return m_passes; }
    // The caption of the pass on screen; empty between passes.
    QString currentLabel() const;

Q_SIGNALS:
    void currentPassChanged();

private:
    void showNextFrame();
    QImage renderScene(const DemoPass *pass) const;

    Options m_options;
    QTimer m_timer;
    QList<DemoPass> m_passes;
    // Only the pass on show is rendered: a long list costs its text, not a picture per line.
    QImage m_passScene;
    QImage m_emptyScene;
    qsizetype m_current = -1; // the pass on screen, -1 in a gap
    qsizetype m_nextPass = 0;
    int m_framesLeft = 0; // of the current pass or gap
};

} // namespace passgate
