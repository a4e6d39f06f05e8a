package dev.idcenter.command.api;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every implemented operation, by action name; also the source of {@code docs/api-coverage.md}. */
@Component
public class OperationRegistry {

    private final Map<String, OperationHandler> handlers;

    public OperationRegistry(List<OperationHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(OperationHandler::action, Function.identity()));
    }

    public Optional<OperationHandler> find(String action) {
        return Optional.ofNullable(handlers.get(action));
    }

    public Set<String> implementedActions() {
        return new TreeSet<>(handlers.keySet());
    }
}
