package org.glassbox.ui.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.glassbox.api.shared.MetaDataKeys;
import org.glassbox.query.projections.ProjectionRebuild;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Axon on PostgreSQL without Axon Server: JDBC event store, token store and saga store, sharing the
 * Spring transaction, so events, tokens and read-model rows of one unit of work commit together.
 * Declared here because Axon's auto-configuration builds them only with JPA (stack.md, traps 1-2).
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index").timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number").typeColumn("type").payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
            .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("timestamp")
            .setOwnerColumn("owner").build();

    static final SagaSchema SAGA_SCHEMA = SagaSchema.builder()
            .sagaEntryTable("saga_entry").associationValueEntryTable("association_value_entry")
            .sagaIdColumn("saga_id").revisionColumn("revision").sagaTypeColumn("saga_type")
            .serializedSagaColumn("serialized_saga").associationKeyColumn("association_key")
            .associationValueColumn("association_value").build();

    @Bean
    Clock clock() {
        Clock clock = Clock.systemUTC();
        // Axon stamps events with this static clock; pointing it at the injected one keeps one time source.
        GenericEventMessage.clock = clock;
        return clock;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /** Jackson 2 (Axon 4's); tolerant of unknown properties so that events can gain fields. */
    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
            Serializer serializer, @Value("${glassbox.axon.gap-timeout:PT10S}") Duration gapTimeout,
            org.axonframework.config.Configuration axon) {
        return new SnapshotSkippingStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .snapshotSerializer(snapshotSerializer())
                // The aggregates' own filters (a snapshot of an older shape is passed over).
                .snapshotFilter(axon.snapshotFilter())
                .eventSerializer(serializer)
                .schema(EVENT_SCHEMA)
                .dataType(byte[].class)
                .gapTimeout((int) gapTimeout.toMillis())
                .build());
    }

    /**
     * Snapshots hold an aggregate's own private fields (it has no getters, and must not grow any for this);
     * a snapshot that no longer fits its class fails to load and the aggregate is replayed from its events.
     */
    static Serializer snapshotSerializer() {
        return JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build()).build();
    }

    /** Tokens that only passed events a processor ignores are written once a second, not after each event. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return new IgnoredEventsTokenStore(JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .contentType(byte[].class)
                .build(), Duration.ofSeconds(1));
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connections)
                .sqlSchema(new PostgresSagaSqlSchema(SAGA_SCHEMA))
                .serializer(serializer)
                .build();
    }

    /** Who acted, in which role and why travels from each command into the events it causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER_ID, MetaDataKeys.USER_ROLES, MetaDataKeys.REASON);
    }

    /**
     * A handler that fails (the database went away, a bug) stops its processor, which rolls the batch back
     * and retries the same event with a growing pause, instead of Axon's default of logging and skipping it:
     * a skipped event is a freeze never sent, a hole in the hash chain or a read model that lies.
     */
    @Bean
    org.axonframework.config.ConfigurerModule retryFailedEventsRatherThanSkipThem() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(
                        c -> org.axonframework.eventhandling.PropagatingErrorHandler.instance()));
    }

    /** One processing group's tracking processor: its threads, segments, batch size, and where it first starts. */
    record ProcessorGroup(int threads, int segments, int batch, boolean fromHead) {
    }

    /**
     * Every event processor is a tracking processor configured from {@code glassbox.processors} (not Axon's own
     * properties, which cannot set how long a processor waits for events): see application.yml for why that
     * wait is short.
     */
    @Bean
    org.axonframework.config.ConfigurerModule trackingProcessors(org.springframework.core.env.Environment env) {
        Binder binder = Binder.get(env);
        Duration poll = binder.bind("glassbox.processors.poll", Duration.class).orElse(Duration.ofMillis(200));
        Map<String, ProcessorGroup> groups = binder.bind("glassbox.processors.groups",
                Bindable.mapOf(String.class, ProcessorGroup.class)).orElse(Map.of());
        return configurer -> configurer.eventProcessing(processing -> groups.forEach((name, group) ->
                processing.registerTrackingEventProcessorConfiguration(name, c -> {
                    TrackingEventProcessorConfiguration tep = TrackingEventProcessorConfiguration
                            .forParallelProcessing(group.threads()).andBatchSize(group.batch())
                            .andInitialSegmentsCount(group.segments())
                            .andEventAvailabilityTimeout(poll.toMillis(), TimeUnit.MILLISECONDS);
                    return group.fromHead()
                            ? tep.andInitialTrackingToken(StreamableMessageSource::createHeadToken) : tep;
                })));
    }

    /** Read models commit without waiting for the disk; see {@link ReadModelTransactions} for why that is safe. */
    @Bean
    org.axonframework.config.ConfigurerModule readModelsCommitWithoutFlushing(DataSource dataSource) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : ProjectionRebuild.PROCESSING_GROUPS) {
                processing.registerTransactionManager(group,
                        c -> new ReadModelTransactions(c.getComponent(TransactionManager.class), dataSource));
            }
        });
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

}
