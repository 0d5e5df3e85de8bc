#pragma once

#include "scan/ScanSession.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVideoSink>

namespace passgate {

// Where frames come from: a camera, a video file, a folder of images or the demo passes. Every source
// delivers QVideoFrames into the QVideoSink it is given (the kiosk's VideoOutput sink, or a bare
// QVideoSink in the CLI and tests), where a BarcodeReader picks them up; the source never decodes.
class FrameSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(QString description READ description CONSTANT)

public:
    enum class State
    {
        Stopped,  // not started, or stopped
        Starting, // opening the device or file
        Running,  // frames are flowing
        Waiting,  // the camera is missing or was unplugged: frames resume when it is back (status says so)
        Finished, // the file or folder has no more frames
        Failed,   // cannot deliver frames at all (status says why)
    };
    Q_ENUM(State)

    explicit FrameSource(QObject *parent = nullptr);

    // Where the frames go; set it before start(). The sink is not owned.
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const { return m_sink; }

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual ScanOrigin origin() const = 0;
    virtual QString description() const = 0; // e.g. "video:/tmp/passes.mkv"

    State state() const { return m_state; }
    // One sentence for the screen and the log, e.g. "Camera unplugged, waiting for it to come back".
    QString status() const { return m_status; }

Q_SIGNALS:
    void stateChanged(passgate::FrameSource::State state);

protected:
    void setState(State state, const QString &status);
    // Delivers FRAME to the sink, if there is one.
    void present(const QVideoFrame &frame);

private:
    QPointer<QVideoSink> m_sink;
    State m_state = State::Stopped;
    QString m_status;
};

QString frameSourceStateName(FrameSource::State state);

} // namespace passgate
