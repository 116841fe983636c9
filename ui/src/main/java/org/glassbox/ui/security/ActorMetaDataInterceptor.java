package org.glassbox.ui.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.glassbox.api.shared.Reasoned;
import org.glassbox.api.shared.MetaDataKeys;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with the authenticated user, their roles and the reason they gave, at the
 * moment of sending. Axon copies these into each event the command causes. A command that already
 * names its user (demo seeding, tests) keeps it.
 */
@Component
class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    ActorMetaDataInterceptor(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> extra = new HashMap<>();
            if (!command.getMetaData().containsKey(MetaDataKeys.USER_ID)) {
                CurrentActor.get().ifPresent(actor -> {
                    extra.put(MetaDataKeys.USER_ID, actor.userId());
                    extra.put(MetaDataKeys.USER_ROLES, actor.rolesText());
                });
            }
            if (command.getPayload() instanceof Reasoned reasoned && reasoned.reason() != null) {
                extra.put(MetaDataKeys.REASON, reasoned.reason());
            }
            return extra.isEmpty() ? command : command.andMetaData(extra);
        };
    }
}
