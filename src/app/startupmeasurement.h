// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;

namespace borderlog {

class MainWindow;

// For the benchmark suite: once the main window has painted its table, prints how long the program took
// to get there, how long the summary's charts take to refresh, and the peak memory; then quits.
namespace StartupMeasurement {

// `sinceStart` was started first thing in main().
void watch(MainWindow &window, const QElapsedTimer &sinceStart);

} // namespace StartupMeasurement

} // namespace borderlog
