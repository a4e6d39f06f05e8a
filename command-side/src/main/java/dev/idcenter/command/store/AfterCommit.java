package dev.idcenter.command.store;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * For in-memory views fed by the {@link CommandDirectory} processor: hands each event over once the command's unit
 * of work has committed (a rolled back command changes nothing), in the order the events were handled. One callback
 * per view and unit of work, because Axon runs after-commit callbacks in reverse order of registration, and a
 * unit of work may hold several events of one entity (a role's creation and its trust bindings, say).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** @param view names the receiving view; each view gets its own ordered list per unit of work */
    public static <T> void inOrder(String view, T event, Consumer<? super T> apply) {
        if (!CurrentUnitOfWork.isStarted()) {
            apply.accept(event);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<T> pending = root.getOrComputeResource(AfterCommit.class.getName() + "/" + view, key -> {
            List<T> events = new ArrayList<>();
            root.afterCommit(unitOfWork -> events.forEach(apply));
            return events;
        });
        pending.add(event);
    }
}
