package io.chainexplorer.ops.dashboards;

/** One query of a dashboard: a panel target's PromQL, or a template variable's values query. */
record PanelQuery(String dashboard, String panel, String refId, String expr) {

  @Override
  public String toString() {
    return dashboard + " / " + panel + " [" + refId + "]: " + expr;
  }
}
