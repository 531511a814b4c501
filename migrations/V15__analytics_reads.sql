-- Analytics read the rollup and the tail above the watermark with the watermark passed as a
-- value (api-sending's queries), so the planner sees how small the tail is; the view, whose
-- sub-selected watermark hid that and led to a parallel plan and its JIT, is no longer read.
DROP VIEW campaign_metrics_exact;
