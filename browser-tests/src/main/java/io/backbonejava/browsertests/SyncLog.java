package io.backbonejava.browsertests;

import io.backbonejava.Collection;
import io.backbonejava.Events;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;

/**
 * What the sync scenarios log, so the tests read every outcome the same way: the success callback as
 * {@code <op> success id=.. title=.. completed=..} (or {@code <op> success <n> todos} for a collection), the
 * error callback as {@code <op> error callback status=.. textStatus=.. body=..} and the {@code "error"} event
 * as {@code error event status=.. textStatus=.. body=..}.
 */
final class SyncLog {
    private SyncLog() {
    }

    /**
     * The options of one logged operation: its success and error callbacks each write a line.
     *
     * @param op the operation's name in the log
     * @return new options with both callbacks set
     */
    static Options logged(String op) {
        return new Options()
                .success((target, response, options) -> Log.line(op + " success " + describeTarget(target)))
                .error((target, failure, options) -> Log.line(op + " error callback " + describe(failure)));
    }

    /** Logs the {@code "error"} events of a model or collection (a model's events reach its collection). */
    static void logErrors(Events target) {
        target.on("error", e -> Log.line("error event " + describe((Failure) e.arg(1))));
    }

    /** A failure's status, text status and response body. */
    static String describe(Failure failure) {
        return "status=" + failure.status() + " textStatus=" + failure.textStatus()
                + " body=" + failure.responseText();
    }

    /** A model's id, title and completed flag, or a collection's size. */
    static String describeTarget(Object target) {
        if (target instanceof Model) {
            Model todo = (Model) target;
            return "id=" + Text.of(todo.id()) + " title=" + todo.get("title") + " completed=" + todo.get("completed");
        }
        return ((Collection<?>) target).length() + " todos";
    }
}
