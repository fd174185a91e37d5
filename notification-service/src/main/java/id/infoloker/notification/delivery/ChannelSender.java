package id.infoloker.notification.delivery;

/** Sends one delivery through one provider; throws if the provider did not accept it. */
interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws Exception;
}
