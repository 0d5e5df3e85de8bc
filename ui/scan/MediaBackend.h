#pragma once

#include "scan/FrameSourceSpec.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace passgate {

// Qt Multimedia's backend for this process. Qt reads QT_MEDIA_BACKEND once, at the first multimedia
// call, so the choice is made before the QGuiApplication exists.
//
// Why not Qt's default: Qt 6.4 prefers gstreamer, whose video path on a Debian system without
// gstreamer1.0-plugins-base fails to make `videoconvert` and crashes (gst_element_link_many on a null
// element). The ffmpeg backend needs nothing beyond Qt's own plugin and, in Qt 6.4 on Linux, opens
// V4L2 cameras itself (QV4L2Camera / QV4L2CameraDevices in libffmpegmediaplugin.so), so it serves
// video files and cameras alike.
struct MediaBackend
{
    QString name; // "ffmpeg", "gstreamer", ...; empty: no backend plugin installed at all
    bool setByUser = false;
    QString reason; // one line for the log
};

// The user's QT_MEDIA_BACKEND wins; else ffmpeg when its plugin is installed, else gstreamer, else
// whatever is installed.
MediaBackend chooseMediaBackend(const QString &userSetting, const QStringList &installedBackends);

// The backend plugins Qt would find (lib<name>mediaplugin.so under <plugins>/multimedia and
// $QT_PLUGIN_PATH/multimedia), by name.
QStringList installedMediaBackends();

// Chooses and sets QT_MEDIA_BACKEND for this process (call before any QGuiApplication).
MediaBackend selectMediaBackend();

// Whether the gstreamer registry of this system has an element factory of that name (gstreamer is
// loaded at run time: passgate does not link it).
using GstElementLookup = std::function<bool(const char *element)>;
GstElementLookup systemGstElementLookup();

// What a source of `kind` needs from `backend` and this system lacks, as one sentence naming the
// missing pieces and the Debian package with them; empty when nothing is missing. Images and the
// demo draw their own frames and need no backend.
QString missingMediaPieces(const QString &backend, FrameSourceSpec::Kind kind,
                           const GstElementLookup &hasElement);

} // namespace passgate
