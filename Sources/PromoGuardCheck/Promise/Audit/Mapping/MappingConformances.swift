import PromoGuard

extension CodePool: MappingPool {}

extension RecipientList: MappingRecipients {}
