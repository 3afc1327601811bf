// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Workbooks shaped like the Excel files real users make, written at run time
// into a folder (a QTemporaryDir of the test). The public files they stand for
// carry no licence that lets the project ship them (see tests/data/README.md),
// so their layout is rebuilt here with made-up rows: the same sheet names, tab
// order and hidden sheets, the same header shapes and the same messy cells,
// and the parts Excel adds around the data (shared strings, styles, shared
// formulas with cached values, merged banners, pivot tables and their caches,
// slicers, tables, drawings, printer settings, custom XML), which a reader must
// step over.
//
// Each function returns the path of the workbook, or an empty string and
// `error` set when it could not be written.
namespace FixtureWorkbooks {

// IBM's Cognos "Telco customer churn" layout: one sheet "Telco_Churn" of 33
// columns whose names hold spaces (CustomerID, Count, Country, State, City,
// Zip Code, Lat Long, Latitude, Longitude, Gender, Senior Citizen, ...,
// Tenure Months, ..., Monthly Charges, Total Charges, Churn Label, Churn Value,
// Churn Score, CLTV, Churn Reason). The customers are those of the Telco CSV
// at telcoCsvPath (tests/data/telco), in its order, with its services, tenure,
// charges and churn: 7043 rows; Total Charges is the text " " where the CSV
// has a blank (11 customers); Churn Reason is left out for the 5174 customers
// who stayed. Location, Churn Score, CLTV and the reason's wording are made
// up (see the .cpp for the rules). Numbers are written with 17 significant
// digits, as Excel does (29.85 is stored as 29.850000000000001).
QString writeTelcoCognos(const QString &telcoCsvPath, const QString &folder, QString *error);
// The 33 column headers of that workbook, in order.
const QStringList &telcoCognosHeaders();

// A user's support-ticket workbook, four sheets in this tab order:
//  "Dashboard": a banner "CUSTOMER SUPPORT DASHBOARD" merged over A1:K1 (the
//    other cells of the row are formatted but empty), KPI labels and values;
//  "Data Analysis": labels and COUNTIF-style formulas with cached values, one
//    of them a cached #DIV/0! error;
//  "cleaned data": 500 tickets, header ticket_id, created_date, resolved_date,
//    category, channel, priority, status, agent, resolution_time_hours,
//    customer_satisfaction, clean_category, channel_updated (the last two
//    shared =TRIM() formulas with cached text);
//  "Category analysis with PivotTab" (Excel's 31-character cut of the name):
//    a title, then pivot tables starting with "Row Labels".
// Ticket t (1 to 500, TKT-0001 on sheet row 2, one row per ticket in order):
//  created_date 2025-01-01 plus (37 t mod 180) days plus (533 t mod 1440)
//    minutes, a date-time format;
//  status "Pending" when t mod 5 = 0 (100 tickets: no resolved_date, no
//    resolution_time_hours), "Escalated" when t mod 5 = 3 (100), otherwise
//    "Resolved" (300); customer_satisfaction 1 + (13 t mod 5) only when
//    resolved, so 200 blanks;
//  resolution_time_hours 0.5 + (29 t mod 700) / 10, resolved_date the created
//    date plus those hours;
//  channel by t mod 20: 0-6 "Phone" (3 written " Phone"), 7-12 "Email" (9
//    written "email"), 13-16 "Chat", 17-19 "Social Media": 175 phone, 150
//    email, 100 chat, 75 social;
//  category ("Account", "Delivery", "Payment", "Product Information",
//    "Refund", "Technical Issue")[7 t mod 6], written with a trailing space
//    when t mod 50 = 0.
QString writeSupportTicketsSmall(const QString &folder, QString *error);

// A support dashboard workbook of ten sheets in this tab order:
// "customer_support_tickets", then three hidden query sheets "Tickets_Data",
// "Tickets_Data (1)" and "Tickets_Data_1" (closed tickets with 2, 4 and 6
// derived columns, one a duration in a date format), five pivot sheets
// "1.Avg First Response Delay", "2.CSAT by Ticket Channel",
// "3.Ticket Volume by Priority", "4.Avg Resol Time by Priority" (its header
// row has A3 empty) and "5.SLA Breach Analysis" whose tables start on row 3,
// and "DASHBOARD" (a merged banner, formulas on a table, a slicer).
// "customer_support_tickets" holds 8469 tickets, header Ticket ID, Product
// Purchased, Ticket Type, Ticket Subject, Ticket Status, Resolution, Ticket
// Priority, Ticket Channel, First Response Time, Time to Resolution, Customer
// Satisfaction Rating. Ticket t (1 to 8469, on sheet row t + 1):
//  Ticket Status "Closed" when t mod 3 = 1 (2823 tickets), "Open" when 2,
//    "Pending Customer Response" when 0;
//  Ticket Channel ("Social media", "Chat", "Email", "Phone")[(t - 1) mod 4];
//  Ticket Priority ("Critical", "High", "Medium", "Low")[(t + t / 7) mod 4];
//  First Response Time 2023-06-01 plus (735 t mod 1440) minutes, left out
//    for open tickets;
//  Resolution, Time to Resolution (2023-06-01 plus (577 t mod 1440) minutes,
//    often before the first response, as in the public data) and Customer
//    Satisfaction Rating 1 + (7 t mod 5) only for closed tickets: 5646 blank
//    ratings.
QString writeSupportTicketsDashboard(const QString &folder, QString *error);

} // namespace FixtureWorkbooks
