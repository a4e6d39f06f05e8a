package dev.idcenter.protocol;

import java.util.Comparator;
import java.util.Set;

/** The API coverage report: every operation of every service, implemented or not. */
public final class ApiCoverage {

    private ApiCoverage() {
    }

    /**
     * A Markdown document: a summary table per service, then one table row per operation, services by signing name
     * and operations by name, so the output is deterministic.
     *
     * @param implementedActions action names such as {@code iam:CreateRole}
     */
    public static String markdown(ServiceRegistry registry, Set<String> implementedActions) {
        var services = registry.services().stream().sorted(Comparator.comparing(ServiceModel::signingName)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# API coverage\n\n");
        sb.append("| Service | API version | Protocol | Implemented | Operations | Coverage |\n");
        sb.append("|---|---|---|---:|---:|---:|\n");
        int totalImpl = 0;
        int total = 0;
        for (ServiceModel s : services) {
            int n = s.operations().size();
            int impl = (int) s.operations().keySet().stream()
                    .filter(op -> implementedActions.contains(s.actionPrefix() + ":" + op)).count();
            totalImpl += impl;
            total += n;
            sb.append("| ").append(s.signingName()).append(" | ").append(s.apiVersion()).append(" | ")
                    .append(s.protocol() == Protocol.QUERY ? "awsQuery" : "JSON 1.1").append(" | ")
                    .append(impl).append(" | ").append(n).append(" | ").append(percent(impl, n)).append(" |\n");
        }
        sb.append("| **total** |  |  | ").append(totalImpl).append(" | ").append(total).append(" | ")
                .append(percent(totalImpl, total)).append(" |\n\n");
        sb.append("| Service | Operation | Action | Status |\n");
        sb.append("|---|---|---|---|\n");
        for (ServiceModel s : services) {
            for (String op : ServiceModel.sortedOperationNames(s)) {
                String action = s.actionPrefix() + ":" + op;
                sb.append("| ").append(s.signingName()).append(" | ").append(op).append(" | `").append(action)
                        .append("` | ").append(implementedActions.contains(action) ? "implemented" : "not implemented")
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String percent(int part, int whole) {
        if (whole == 0) {
            return "0%";
        }
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
