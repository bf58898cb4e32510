"""The matplotlib peer of `eventline chart`: the same annotated price chart from the same data.

Reads the benchmark's price CSV (Yahoo layout) and events CSV (date,ticker,type,title), draws the
close as a line, one marker per event colored by type with its number beside it, a color key and
the numbered table of the first 50 events under the chart, and saves PNG (96 dpi) or SVG.

    python3 bench/chart/peer.py prices.csv events.csv out.png
"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

COLORS = {
    "ipo": "#2ca02c", "acquisition": "#d62728", "partnership": "#9467bd", "product": "#17becf",
    "forecast": "#bcbd22", "analyst": "#ff7f0e", "price_move": "#7f7f7f", "legal": "#8c564b",
    "criticism": "#e377c2", "executive": "#1f77b4", "earnings": "#f2b701", "other": "#aa9988",
}


def main(prices_path, events_path, out):
    prices = pd.read_csv(prices_path, parse_dates=["Date"]).sort_values("Date")
    events = pd.read_csv(events_path, parse_dates=["date"])
    events["num"] = range(1, len(events) + 1)
    # Each event at the close of its trading day (the first on or after its date).
    events = pd.merge_asof(events.sort_values("date"), prices[["Date", "Close"]],
                           left_on="date", right_on="Date", direction="forward")

    listed = min(len(events), 50)
    rows = (listed + 1) // 2
    fig = plt.figure(figsize=(10, 6 + (16 + rows * 11 + 19) / 72))
    chart_h = 6 / fig.get_figheight()
    ax = fig.add_axes([0.06, 1 - chart_h + 0.06, 0.92, chart_h - 0.12])
    ax.plot(prices["Date"], prices["Close"], color="#1f3a5f", linewidth=1.3)
    ax.scatter(events["Date"], events["Close"], s=30, zorder=3,
               c=[COLORS.get(t, COLORS["other"]) for t in events["type"]], edgecolors="white")
    for _, e in events.iterrows():
        ax.annotate(str(e["num"]), (e["Date"], e["Close"]), xytext=(0, 6), textcoords="offset points",
                    ha="center", fontsize=7, fontweight="bold",
                    bbox=dict(boxstyle="square,pad=0.15", fc="white", ec=COLORS.get(e["type"], "#aa9988"), lw=0.8))
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("${x:,.0f}"))
    ax.grid(color="#e6e6e6", linewidth=0.5)
    ax.set_title("T00000 daily close", loc="left", fontsize=14, fontweight="bold")

    key_y = 1 - chart_h - 0.01
    x = 0.02
    for t in [t for t in COLORS if t in set(events["type"])]:
        fig.text(x, key_y, "\u25cf " + t.replace("_", " "), color=COLORS[t], fontsize=7.5, va="top")
        x += 0.09
    ordered = events.sort_values("num").head(listed)
    for i, (_, e) in enumerate(ordered.iterrows()):
        col, row = divmod(i, rows)
        y = key_y - (16 + (row + 0.5) * 11) / 72 / fig.get_figheight()
        fig.text(0.02 + col * 0.49, y, f"{e['num']:>3}  {e['date']:%Y-%m-%d}  T00000  {e['title'][:60]}",
                 fontsize=7.5, va="center")
    if listed < len(events):
        fig.text(0.02, key_y - (16 + (rows + 0.5) * 11) / 72 / fig.get_figheight(),
                 f"… and {len(events) - listed} more events", fontsize=7.5, va="center", color="#666666")
    fig.savefig(out, dpi=96)


if __name__ == "__main__":
    main(*sys.argv[1:4])
