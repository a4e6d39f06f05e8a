package dev.idcenter.policy.simulation;

import java.util.List;

/**
 * One {@code ContextEntries} member of SimulateCustomPolicy.
 *
 * @param keyName   ContextKeyName, e.g. {@code aws:SourceIp}
 * @param keyType   ContextKeyType: string, stringList, numeric, numericList, boolean, booleanList, ip, ipList,
 *                  binary, binaryList, date, dateList
 * @param values    ContextKeyValues as text
 */
public record ContextEntry(String keyName, String keyType, List<String> values) {

    public ContextEntry {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
