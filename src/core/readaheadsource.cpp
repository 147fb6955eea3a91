// SPDX-License-Identifier: GPL-3.0-or-later
#include "readaheadsource.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace borderlog {

namespace {

struct Item
{
    Incident incident;
    QString where;
    QByteArray prepared;
};

struct Batch
{
    std::vector<Item> items;
    QStringList problems; // the wrapped source's problems when the batch was full
    double progress = -1; // and its progress
    bool last = false;    // the wrapped source has ended
};

} // namespace

struct ReadAheadSource::Private
{
    IncidentSource &inner;
    Prepare prepare;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> ready; // guarded by mutex
    bool stop = false;       // guarded by mutex

    // The caller's side, touched by the caller's thread only.
    Batch current;
    size_t index = 0;
    Item last;

    std::thread worker; // last: starts once everything above exists

    Private(IncidentSource &source, Prepare prepareItem)
        : inner(source)
        , prepare(std::move(prepareItem))
        , worker([this] { read(); })
    {}

    void read()
    {
        for (bool more = true; more;) {
            Batch batch;
            batch.items.reserve(kBatchSize);
            try {
                Item item;
                while (batch.items.size() < size_t(kBatchSize) && (more = inner.next(item.incident))) {
                    item.where = inner.where();
                    item.prepared = prepare ? prepare(item.incident) : QByteArray();
                    batch.items.push_back(std::move(item));
                    item = Item();
                }
                batch.problems = inner.problems();
                batch.progress = inner.progress();
            } catch (const std::exception &e) {
                // Nothing the sources do throws but running out of memory; the import must then fail.
                batch.problems = inner.problems();
                batch.problems
                    << QStringLiteral("%1: reading stopped: %2").arg(inner.where(), QString::fromUtf8(e.what()));
                more = false;
            }
            batch.last = !more;
            std::unique_lock lock(mutex);
            changed.wait(lock, [this] { return stop || ready.size() < size_t(kBatchesAhead); });
            if (stop) {
                return;
            }
            ready.push_back(std::move(batch));
            changed.notify_all();
        }
    }

    // The next batch from the worker; false when the stream has ended.
    bool take()
    {
        if (current.last) {
            return false;
        }
        std::unique_lock lock(mutex);
        changed.wait(lock, [this] { return !ready.empty(); });
        current = std::move(ready.front());
        ready.pop_front();
        index = 0;
        changed.notify_all();
        return true;
    }
};

ReadAheadSource::ReadAheadSource(IncidentSource &inner, Prepare prepare)
    : d(std::make_unique<Private>(inner, std::move(prepare)))
{}

ReadAheadSource::~ReadAheadSource()
{
    {
        const std::lock_guard lock(d->mutex);
        d->stop = true;
    }
    d->changed.notify_all();
    d->worker.join();
}

bool ReadAheadSource::next(Incident &incident)
{
    while (d->index >= d->current.items.size()) {
        if (!d->take()) {
            return false;
        }
    }
    d->last = std::move(d->current.items[d->index++]);
    incident = std::move(d->last.incident);
    return true;
}

QString ReadAheadSource::where() const
{
    return d->last.where;
}

QStringList ReadAheadSource::problems() const
{
    return d->current.problems;
}

double ReadAheadSource::progress() const
{
    return d->current.progress;
}

QByteArray ReadAheadSource::prepared() const
{
    return d->last.prepared;
}

} // namespace borderlog
