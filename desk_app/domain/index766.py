"""Decision 766/QĐ-TTg's indicators of how well an office serves (Bộ chỉ số 766), from the
report's figures, and the points they earn.

Each indicator is a row of `INDICATORS`: its key, Vietnamese name, formula as printed, source,
and the function that computes it from one line of the report (`domain.report.Figures`). An
indicator whose data the program does not keep is absent, never shown with an invented value;
adding one is one more row once the figures carry its counters.

Points: an office setting per indicator, `index766_<key>` = "THRESHOLD:POINTS" (percent and
points, e.g. "90:18"): the full points at or above the threshold, in proportion below it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from desk_app.domain.report import Figures


@dataclass(frozen=True)
class Indicator:
    key: str
    name_vi: str
    formula_vi: str
    source: str
    # Share 0..1 of one report line, None when its denominator is 0.
    compute: Callable[[Figures], float | None]
    # The default "THRESHOLD:POINTS" of its office setting.
    default_scoring: str
    # A column of the report's main table too; the digitisation rates have their own tab.
    on_report_table: bool = True


@dataclass(frozen=True)
class Scoring:
    threshold: float  # a share 0..1
    points: float

    @classmethod
    def parse(cls, text: str, name: str) -> Scoring:
        """'90:18' -> full 18 points at 90 % and above; ValueError naming the indicator."""
        threshold, sep, points = text.strip().partition(":")
        try:
            value, score = float(threshold.replace(",", ".")), float(points.replace(",", "."))
        except ValueError:
            value = score = -1.0
        if not sep or not 0 < value <= 100 or not 0 <= score <= 100:
            raise ValueError(f"{name}: phải có dạng NGƯỠNG:ĐIỂM, ngưỡng từ 0 đến 100 (%), "
                             "điểm từ 0 đến 100, ví dụ 90:18")
        return cls(value / 100, score)

    def format(self) -> str:
        return f"{self.threshold * 100:g}:{self.points:g}"

    def points_for(self, value: float | None) -> float | None:
        if value is None:
            return None
        return self.points * min(1.0, max(0.0, value) / self.threshold)


@dataclass(frozen=True)
class IndicatorValue:
    indicator: Indicator
    value: float | None
    scoring: Scoring
    points: float | None


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def on_time_rate(f: Figures) -> float | None:
    return _share(f.resolved_early + f.resolved_on_time, f.resolved_total)


def handling_satisfaction(f: Figures) -> float | None:
    """100 % − (late rate + rate of dossiers with complaints or dislikes), over the resolved;
    never below 0."""
    if not f.resolved_total:
        return None
    return max(0.0, 1.0 - (f.resolved_late + f.disliked) / f.resolved_total)


def online_rate(f: Figures) -> float | None:
    return _share(f.official_received_online,
                  f.official_received_online + f.official_received_direct_postal)


def received_digitised_rate(f: Figures) -> float | None:
    """New dossiers with every checklist document digitised or reused, over the new ones: the
    figure of the report's digitisation columns."""
    return f.received_digitised_rate


def results_digitised_rate(f: Figures) -> float | None:
    return f.results_digitised_rate


def reuse_rate(f: Figures) -> float | None:
    """New dossiers that reused at least one earlier digitised copy, over the new ones."""
    return f.reuse_rate


SOURCE = "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"
INDICATORS: tuple[Indicator, ...] = (
    Indicator("on_time_rate", "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
              "(trả trước hạn + trả đúng hạn) / số hồ sơ đã giải quyết", SOURCE, on_time_rate,
              "100:20"),
    Indicator("handling_satisfaction", "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
              "100% − (tỷ lệ hồ sơ trả quá hạn + tỷ lệ hồ sơ bị phản ánh, đánh giá không hài "
              "lòng), trên số hồ sơ đã giải quyết", SOURCE, handling_satisfaction, "90:18"),
    Indicator("online_rate", "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
              "số hồ sơ mới tiếp nhận trực tuyến / số hồ sơ mới tiếp nhận", SOURCE, online_rate,
              "100:12"),
    Indicator("received_digitised_rate", "Tỷ lệ số hóa hồ sơ TTHC",
              "số hồ sơ mới tiếp nhận có mọi thành phần được số hóa (hoặc dùng lại bản đã số "
              "hóa) / số hồ sơ mới tiếp nhận", SOURCE, received_digitised_rate, "100:10",
              on_report_table=False),
    Indicator("results_digitised_rate", "Tỷ lệ số hóa kết quả giải quyết TTHC",
              "số hồ sơ đã giải quyết có kết quả được số hóa / số hồ sơ đã giải quyết", SOURCE,
              results_digitised_rate, "100:10", on_report_table=False),
    Indicator("reuse_rate", "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
              "số hồ sơ mới tiếp nhận có sử dụng lại ít nhất một thành phần đã được số hóa / "
              "số hồ sơ mới tiếp nhận", SOURCE, reuse_rate, "100:10", on_report_table=False),
)


def setting_key(indicator: Indicator) -> str:
    return f"index766_{indicator.key}"


def evaluate(figures: Figures, settings: Mapping[str, str]) -> list[IndicatorValue]:
    """Every indicator of one report line with the points its office setting gives."""
    values = []
    for indicator in INDICATORS:
        scoring = Scoring.parse(settings.get(setting_key(indicator), indicator.default_scoring),
                                indicator.name_vi)
        value = indicator.compute(figures)
        values.append(IndicatorValue(indicator, value, scoring, scoring.points_for(value)))
    return values
