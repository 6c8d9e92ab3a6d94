#pragma once

#include <cmath>
#include <QtGlobal>
#include <random>

namespace qw {

// The generator's random numbers. std::*_distribution differ between standard libraries, so the
// shapes are computed here from the raw engine: the same seed gives the same lines with any
// compiler.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(seed)
    { }

    // Spreads nearby seeds (1, 2, 3 or one per server) over the whole state space.
    static quint64 mix(quint64 value)
    {
        value += 0x9e3779b97f4a7c15ULL;
        value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
        value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
        return value ^ (value >> 31);
    }

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    qint64 between(qint64 low, qint64 high) // both included
    {
        return low + qint64(uniform() * double(high - low + 1));
    }
    int index(qsizetype count) { return int(between(0, count - 1)); }
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    // Right-skewed durations (talk, ring): most short, a few very long.
    double logNormal(double mean, double sigma)
    {
        const double mu = std::log(mean) - sigma * sigma / 2.0;
        return std::exp(mu + sigma * normal());
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace qw
