package org.glassbox.command.shared;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.MetaDataKeys;

/**
 * Lets a command handler take an {@link Actor} parameter, read from the message's metadata. Found by
 * Axon through {@code META-INF/services}, so fixtures and the application resolve it alike. A
 * message without a user yields an actor with no roles, which every rule refuses.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!Actor.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Actor resolveParameterValue(Message<?> message) {
                Object user = message.getMetaData().get(MetaDataKeys.USER_ID);
                Object roles = message.getMetaData().get(MetaDataKeys.USER_ROLES);
                return new Actor(user == null ? null : user.toString(),
                        Actor.parseRoles(roles == null ? null : roles.toString()));
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
