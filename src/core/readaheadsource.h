// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentsource.h"

#include <QByteArray>

#include <functional>
#include <memory>

namespace borderlog {

// Reads another source on a worker thread, a few thousand incidents ahead of the caller, so that
// reading, parsing and checking a file run on one core while the caller writes the incidents on the
// other. `prepare` runs on the worker too, once per incident, and its result is handed over with the
// incident (an import's per-incident digest).
//
// The wrapped source is used only by the worker until this object is destroyed; the destructor stops
// the worker if the caller gives up early. problems() may report a problem of an incident the caller
// has not reached yet (the worker is ahead); at the end of the stream it is the complete list.
class ReadAheadSource final : public IncidentSource
{
public:
    using Prepare = std::function<QByteArray(const Incident &)>;

    explicit ReadAheadSource(IncidentSource &inner, Prepare prepare = {});
    ~ReadAheadSource() override;
    ReadAheadSource(const ReadAheadSource &) = delete;
    ReadAheadSource &operator=(const ReadAheadSource &) = delete;

    bool next(Incident &incident) override;
    QString where() const override;
    QStringList problems() const override;
    // The wrapped source's progress when the batch now being handed out was read.
    double progress() const override;
    // What `prepare` returned for the incident last returned by next().
    QByteArray prepared() const;

    // Incidents handed over at a time, and how many such batches may wait.
    static constexpr int kBatchSize = 1024;
    static constexpr int kBatchesAhead = 4;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace borderlog
