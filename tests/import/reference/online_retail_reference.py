#!/usr/bin/python3
# Re-run from the repository root:
#   /usr/bin/python3 tests/import/reference/online_retail_reference.py  (Debian python3-pandas, python3-openpyxl)
# What importing the UCI Online Retail workbook as order lines
# (--order-lines InvoiceNo --cancellation-prefix C --create-customers) must
# give, computed with pandas on the same rows:
# - lines without a CustomerID are rejected (the field is required);
# - amount = Quantity * UnitPrice; the lines of one invoice are one order;
# - a cancellation (an invoice starting with "C", or a negative line) is
#   netted against the invoice without the "C" when the file has it for the
#   same customer, else kept as an order of its own with a negative amount;
# - net revenue sums every order; purchases are the orders with a net
#   amount of zero or more (a return is not a purchase): their count and
#   mean amount;
# - customers are the distinct CustomerIDs, each signed up on its first
#   invoice date.
import pandas as pd

rows = pd.read_excel("tests/data/online_retail/Online_Retail_first65535.xlsx",
                     sheet_name="Online Retail", dtype={"InvoiceNo": str, "StockCode": str})
lines = rows[rows["CustomerID"].notna()].copy()
lines["InvoiceNo"] = lines["InvoiceNo"].astype(str).str.strip()
lines["CustomerID"] = lines["CustomerID"].map(lambda v: str(int(v)))
lines["amount"] = lines["Quantity"] * lines["UnitPrice"]
lines["cancellation"] = lines["InvoiceNo"].str.startswith("C") | (lines["amount"] < 0)

purchases = lines[~lines["cancellation"]].groupby("InvoiceNo").agg(
    customer=("CustomerID", "first"), amount=("amount", "sum"))
cancellations = lines[lines["cancellation"]].groupby("InvoiceNo").agg(
    customer=("CustomerID", "first"), amount=("amount", "sum"))
netted = 0
kept = []
for key, row in cancellations.iterrows():
    target = key[1:] if key.startswith("C") else key
    if target in purchases.index and purchases.at[target, "customer"] == row["customer"]:
        purchases.at[target, "amount"] += row["amount"]
        netted += 1
    else:
        kept.append(row["amount"])
orders = list(purchases["amount"]) + kept
net_revenue = sum(orders)
bought = [a for a in orders if a >= 0]
first_dates = lines.groupby("CustomerID")["InvoiceDate"].min().dt.date

result = pd.DataFrame([{
    "lines_read": len(rows),
    "lines_without_customer": int(rows["CustomerID"].isna().sum()),
    "order_lines": len(lines),
    "purchase_orders": len(purchases),
    "cancellations_netted": netted,
    "negative_orders": len(kept),
    "orders_stored": len(orders),
    "net_revenue": f"{net_revenue:.6f}",
    "purchases": len(bought),
    "average_order_value": f"{sum(bought) / len(bought):.9f}",
    "customers": len(first_dates),
    "first_signup": min(first_dates).isoformat(),
    "last_signup": max(first_dates).isoformat(),
}])
result.to_csv("tests/import/data/online_retail_orders.csv", index=False)
print(result.T)
